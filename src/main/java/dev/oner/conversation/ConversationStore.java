package dev.oner.conversation;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;

/**
 * Where conversations live: LangChain4j's {@link ChatMemoryStore}, which can also tell a conversation it holds
 * from one it never had (or forgot), so an unknown id is an error rather than a silent new conversation.
 */
public interface ConversationStore extends ChatMemoryStore {

    boolean contains(Object conversationId);
}
