package dev.oner.feedback;

import dev.oner.conversation.Channel;
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

    /**
     * Records a rating given through {@code channel}: only a turn of that channel's own conversations can be rated.
     *
     * @throws ConversationNotFoundException when none of the channel's remembered conversations has that turn
     */
    public Feedback record(Channel channel, String conversationId, int turn, Rating rating, String comment) {
        if (!chats.hasTurn(channel, conversationId, turn)) {
            throw new ConversationNotFoundException(conversationId, turn);
        }
        var feedback = new Feedback(
                conversationId, turn, rating, comment == null ? "" : comment.strip(), channel, clock.instant());
        store.save(feedback);
        return feedback;
    }

    /** The feedback given through {@code channel} on one of its conversations, oldest first. */
    public List<Feedback> forConversation(Channel channel, String conversationId) {
        return store.forConversation(conversationId).stream()
                .filter(entry -> entry.channel() == channel)
                .toList();
    }
}
