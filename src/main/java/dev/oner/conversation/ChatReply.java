package dev.oner.conversation;

import dev.oner.answer.Citation;
import java.util.List;

/**
 * The bot's reply to one message.
 *
 * @param conversationId the conversation, to send with a follow-up
 * @param turn the turn's number within the conversation, from 1
 * @param question the message as the user wrote it
 * @param effectiveQuestion the standalone question that was answered (differs from the message for follow-ups)
 * @param answer the answer text with [n] markers, or a statement that the article does not answer
 * @param answered false when the article does not answer the question
 * @param mode the answerer that wrote the answer
 * @param citations the sentences the markers refer to, marker n at index n - 1
 */
public record ChatReply(
        String conversationId,
        int turn,
        String question,
        String effectiveQuestion,
        String answer,
        boolean answered,
        String mode,
        List<Citation> citations) {

    public ChatReply {
        citations = List.copyOf(citations);
    }
}
