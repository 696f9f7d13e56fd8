package dev.oner.conversation;

/** A conversation id that this bot never issued, or has forgotten. */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException(String conversationId) {
        super("No conversation with id '" + conversationId + "': it never existed or has expired."
                + " Send the message without a conversationId to start a new one.");
    }

    public ConversationNotFoundException(String conversationId, int turn) {
        super("Conversation '" + conversationId + "' has no turn " + turn + " (or has expired).");
    }
}
