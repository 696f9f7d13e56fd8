package dev.oner.feedback;

import dev.oner.conversation.Channel;
import java.time.Instant;

/**
 * What a user thought of one answer.
 *
 * @param conversationId the conversation holding the answer
 * @param turn the answer's turn number in it
 * @param rating thumbs up or down
 * @param comment optional free text, may be empty
 * @param channel the channel it came through, always the one that answered
 * @param receivedAt when the bot stored it
 */
public record Feedback(
        String conversationId, int turn, Rating rating, String comment, Channel channel, Instant receivedAt) {}
