package dev.oner.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message to the bot.
 *
 * @param message the question, up to 2,000 characters
 * @param conversationId the conversation to continue, as returned by an earlier reply; absent to start one
 */
record ChatRequest(
        @Schema(example = "How long is the one-shot sequence?")
        @NotBlank
        @Size(max = 2000, message = "must be at most 2000 characters")
        String message,

        @Schema(nullable = true, example = "a258cfb7-65f2-4df4-ba8c-a281e47b1828")
        @Pattern(regexp = ConversationIds.PATTERN, message = ConversationIds.MESSAGE)
        String conversationId) {}
