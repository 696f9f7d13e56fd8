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

        @Schema(nullable = true)
        @Size(max = 100)
        @Pattern(regexp = "[A-Za-z0-9:._-]+", message = "must be an id from an earlier reply")
        String conversationId) {}
