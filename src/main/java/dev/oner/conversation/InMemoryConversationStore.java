package dev.oner.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.data.message.ChatMessage;
import java.time.Duration;
import java.util.List;

/**
 * Keeps conversations in memory, bounded in number and forgotten after a time without use, so a long-running bot
 * cannot be made to grow without limit.
 */
final class InMemoryConversationStore implements ConversationStore {

    private final Cache<Object, List<ChatMessage>> conversations;

    InMemoryConversationStore(long maxConversations, Duration idleExpiry, Ticker ticker) {
        this.conversations = Caffeine.newBuilder()
                .maximumSize(maxConversations)
                .expireAfterAccess(idleExpiry)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    @Override
    public List<ChatMessage> getMessages(Object conversationId) {
        List<ChatMessage> messages = conversations.getIfPresent(conversationId);
        return messages == null ? List.of() : messages;
    }

    @Override
    public void updateMessages(Object conversationId, List<ChatMessage> messages) {
        conversations.put(conversationId, List.copyOf(messages));
    }

    @Override
    public void deleteMessages(Object conversationId) {
        conversations.invalidate(conversationId);
    }

    @Override
    public boolean contains(Object conversationId) {
        return conversations.getIfPresent(conversationId) != null;
    }
}
