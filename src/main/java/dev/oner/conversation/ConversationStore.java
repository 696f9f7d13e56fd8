package dev.oner.conversation;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;

/**
 * Where conversations live: LangChain4j's {@link ChatMemoryStore}, which can also tell a conversation it holds
 * from one it never had (or forgot), so an unknown id is an error rather than a silent new conversation.
 *
 * <p>Memory ids are {@link ConversationKey}s. A store keeps the channel that started a conversation with it and
 * finds a conversation only under that channel: this is what keeps each channel to its own conversations.
 */
public interface ConversationStore extends ChatMemoryStore {

    boolean contains(Object conversationKey);
}
