package dev.oner.conversation;

/** A conversation that has reached its stored-turn limit: the next question belongs in a new conversation. */
public class ConversationFullException extends RuntimeException {

    public ConversationFullException(int maxTurns) {
        super("This conversation has reached its limit of " + maxTurns + " questions."
                + " Send the message without a conversationId to start a new one.");
    }
}
