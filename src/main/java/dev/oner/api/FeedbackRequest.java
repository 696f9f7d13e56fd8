package dev.oner.api;

import dev.oner.feedback.Rating;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A thumbs up or down on one answer.
 *
 * @param conversationId the conversation, from the reply
 * @param turn the reply's turn number
 * @param rating "up" or "down"
 * @param comment optional, up to 2,000 characters
 */
record FeedbackRequest(
        @NotBlank @Pattern(regexp = ConversationIds.PATTERN, message = ConversationIds.MESSAGE)
        String conversationId,

        @Positive int turn,
        @NotNull Rating rating,
        @Size(max = 2000) String comment) {}
