package dev.oner.conversation;

import java.util.Objects;

/**
 * What a store looks a conversation up by: its id together with the channel asking. A store finds a conversation
 * only when both match, so no caller can reach another channel's conversation by knowing its id.
 */
public record ConversationKey(Channel channel, String id) {

    public ConversationKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
    }
}
