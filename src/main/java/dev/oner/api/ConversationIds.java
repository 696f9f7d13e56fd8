package dev.oner.api;

/**
 * The form of a conversation id on this API: a UUID as the server issued it (lower-case, canonical), 122 random
 * bits that act as the capability to read and continue the conversation. Anything else is refused before any
 * lookup, so the reply to a malformed id says nothing about which conversations exist.
 */
final class ConversationIds {

    static final String PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String MESSAGE =
            "must be the conversationId of an earlier reply (a UUID such as a258cfb7-65f2-4df4-ba8c-a281e47b1828)";

    private ConversationIds() {}
}
