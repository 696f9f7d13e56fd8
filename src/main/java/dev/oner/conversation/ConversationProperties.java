package dev.oner.conversation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on what conversations keep.
 *
 * @param maxTurns question-and-answer pairs remembered per conversation; older ones drop out of the window
 * @param maxConversations conversations kept at once; the least recently used go first
 * @param idleExpiry a conversation not used for this long is forgotten, and its id becomes unknown
 */
@Validated
@ConfigurationProperties("oner.conversation")
record ConversationProperties(
        @Positive @DefaultValue("20") int maxTurns,
        @Positive @DefaultValue("10000") long maxConversations,
        @NotNull @DefaultValue("2h") Duration idleExpiry) {}
