package dev.oner.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.message.ChatMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Conversations in memory, bounded and forgotten when idle: the store the database replaced, kept as the baseline
 * of {@code StoreBenchmark}.
 */
public final class InMemoryConversationStore implements ConversationStore {

    private final Cache<Object, List<ChatMessage>> conversations;

    public InMemoryConversationStore(long maxConversations, Duration idleExpiry) {
        this.conversations = Caffeine.newBuilder()
                .maximumSize(maxConversations)
                .expireAfterAccess(idleExpiry)
                .executor(Runnable::run)
                .build();
    }

    @Override
    public List<ChatMessage> getMessages(Object conversationKey) {
        List<ChatMessage> messages = conversations.getIfPresent(conversationKey);
        return messages == null ? List.of() : messages;
    }

    @Override
    public void updateMessages(Object conversationKey, List<ChatMessage> messages) {
        conversations.put(conversationKey, List.copyOf(messages));
    }

    @Override
    public void append(Object conversationKey, List<ChatMessage> messages) {
        conversations.asMap().compute(conversationKey, (key, stored) -> {
            List<ChatMessage> all = new ArrayList<>(stored == null ? List.of() : stored);
            all.addAll(messages);
            return List.copyOf(all);
        });
    }

    @Override
    public void deleteMessages(Object conversationKey) {
        conversations.invalidate(conversationKey);
    }

    @Override
    public boolean contains(Object conversationKey) {
        return conversations.getIfPresent(conversationKey) != null;
    }
}
