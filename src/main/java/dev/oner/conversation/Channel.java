package dev.oner.conversation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a conversation was started, and so the only place it can be continued, read or rated from. Stored with the
 * conversation; every read and write names the channel asking, and a conversation of another channel is as unknown
 * as one that never existed.
 */
public enum Channel {
    /** The REST API, and the chat page that uses it. */
    WEB,
    /** Slack: threads, direct messages and slash commands, each its own conversation. */
    SLACK;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
