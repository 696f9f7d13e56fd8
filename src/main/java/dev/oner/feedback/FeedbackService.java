package dev.oner.feedback;

import dev.oner.conversation.ChatService;
import dev.oner.conversation.ConversationNotFoundException;
import java.time.Clock;
import java.util.List;

/** Records feedback on answers the bot actually gave. */
public class FeedbackService {

    private final FeedbackStore store;
    private final ChatService chats;
    private final Clock clock;

    FeedbackService(FeedbackStore store, ChatService chats, Clock clock) {
        this.store = store;
        this.chats = chats;
        this.clock = clock;
    }

    /** @throws ConversationNotFoundException when no remembered conversation has that turn */
    public Feedback record(String conversationId, int turn, Rating rating, String comment, String channel) {
        if (!chats.hasTurn(conversationId, turn)) {
            throw new ConversationNotFoundException(conversationId, turn);
        }
        var feedback = new Feedback(
                conversationId, turn, rating, comment == null ? "" : comment.strip(), channel, clock.instant());
        store.save(feedback);
        return feedback;
    }

    public List<Feedback> forConversation(String conversationId) {
        return store.forConversation(conversationId);
    }
}
