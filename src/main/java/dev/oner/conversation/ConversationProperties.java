package dev.oner.conversation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what conversations keep.
 *
 * @param maxTurns the latest turns a follow-up is resolved against (the chat-memory window); older turns stay in
 *     the history but no longer shape answers
 * @param maxHistoryTurns turns stored per conversation; past this a question is refused with a request to start a
 *     new conversation, so one conversation cannot grow without bound
 * @param idleExpiry a conversation with no new question for this long is forgotten, and its id becomes unknown
 */
@ConfigurationProperties("oner.conversation")
record ConversationProperties(
        @Positive @DefaultValue("20") int maxTurns,
        @Positive @DefaultValue("500") int maxHistoryTurns,
        @NotNull @DefaultValue("2h") Duration idleExpiry) {}
