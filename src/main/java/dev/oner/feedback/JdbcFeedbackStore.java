package dev.oner.feedback;

import dev.oner.conversation.Channel;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Feedback in the conversations' database, each row tied to its conversation so that deleting one deletes both. */
final class JdbcFeedbackStore implements FeedbackStore {

    private final JdbcClient db;

    JdbcFeedbackStore(JdbcClient db) {
        this.db = db;
    }

    @Override
    public void save(Feedback feedback) {
        db.sql("INSERT INTO feedback (conversation_id, turn, rating, comment, channel, received_at)"
                        + " VALUES (:conversationId, :turn, :rating, :comment, :channel, :receivedAt)")
                .param("conversationId", feedback.conversationId())
                .param("turn", feedback.turn())
                .param("rating", feedback.rating().name())
                .param("comment", feedback.comment())
                .param("channel", feedback.channel().name())
                .param("receivedAt", OffsetDateTime.ofInstant(feedback.receivedAt(), ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<Feedback> forConversation(String conversationId) {
        return db.sql("SELECT conversation_id, turn, rating, comment, channel, received_at FROM feedback"
                        + " WHERE conversation_id = :conversationId ORDER BY id")
                .param("conversationId", conversationId)
                .query((row, n) -> new Feedback(
                        row.getString("conversation_id"),
                        row.getInt("turn"),
                        Rating.valueOf(row.getString("rating")),
                        row.getString("comment"),
                        Channel.valueOf(row.getString("channel")),
                        row.getObject("received_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
