package dev.oner.conversation;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Where conversations live: LangChain4j's {@link ChatMemoryStore}, which can also tell a conversation it holds
 * from one it never had (or forgot), so an unknown id is an error rather than a silent new conversation.
 *
 * <p>Memory ids are {@link ConversationKey}s. A store keeps the channel that started a conversation with it and
 * finds a conversation only under that channel: this is what keeps each channel to its own conversations.
 *
 * <p>{@link #getMessages} is the whole history. A turn reads only its window ({@link #recentMessages}) and adds to
 * the end ({@link #append}), so a long conversation costs a turn no more than a short one.
 */
public interface ConversationStore extends ChatMemoryStore {

    boolean contains(Object conversationKey);

    /** The last {@code max} messages of the conversation, oldest first; empty when there is none. */
    default List<ChatMessage> recentMessages(Object conversationKey, int max) {
        List<ChatMessage> all = getMessages(conversationKey);
        return all.subList(Math.max(0, all.size() - max), all.size());
    }

    /**
     * Adds messages after the stored ones, starting the conversation under the key's channel when there is none.
     *
     * @throws ConcurrentTurnException when another writer stored the same turn first
     */
    default void append(Object conversationKey, List<ChatMessage> messages) {
        List<ChatMessage> all = new ArrayList<>(getMessages(conversationKey));
        all.addAll(messages);
        updateMessages(conversationKey, all);
    }
}
