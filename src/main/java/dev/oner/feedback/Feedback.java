package dev.oner.feedback;

import java.time.Instant;

/**
 * What a user thought of one answer.
 *
 * @param conversationId the conversation holding the answer
 * @param turn the answer's turn number in it
 * @param rating thumbs up or down
 * @param comment optional free text, may be empty
 * @param channel where it came from: web, api or slack
 * @param receivedAt when the bot stored it
 */
public record Feedback(
        String conversationId, int turn, Rating rating, String comment, String channel, Instant receivedAt) {}
