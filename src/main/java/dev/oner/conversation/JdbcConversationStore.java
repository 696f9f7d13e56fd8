package dev.oner.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.ChatMessage;
import dev.oner.answer.Citation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Conversations in a SQL database (the embedded H2 file by default, PostgreSQL when configured), one row per turn.
 * Every query names the conversation's channel and its idle limit, so another channel's conversation and an expired
 * one are simply not found: the isolation and the expiry are both part of the query, on any number of instances.
 *
 * <p>LangChain4j's chat messages are mapped to and from turn rows by {@link TurnCodec}; a message that is not part
 * of a question-and-answer turn is not stored.
 */
final class JdbcConversationStore implements ConversationStore {

    private static final String VISIBLE = " c.id = :id AND c.channel = :channel AND c.last_active > :activeSince ";
    private static final String TURN_COLUMNS =
            "t.turn, t.question, t.effective_question, t.answer, t.answered, t.mode, t.citations";
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {};

    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration idleExpiry;
    private final Duration purgeEvery;
    private final TurnCodec codec = new TurnCodec();
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    JdbcConversationStore(
            JdbcClient db, TransactionTemplate transactions, ObjectMapper json, Clock clock, Duration idleExpiry) {
        this.db = db;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.idleExpiry = idleExpiry;
        // Expired rows are invisible at once (every query checks last_active); deleting them is only housekeeping.
        this.purgeEvery = idleExpiry.dividedBy(4);
    }

    @Override
    public boolean contains(Object conversationKey) {
        ConversationKey key = (ConversationKey) conversationKey;
        return db.sql("SELECT COUNT(*) FROM conversation c WHERE" + VISIBLE)
                        .param("id", key.id())
                        .param("channel", key.channel().name())
                        .param("activeSince", activeSince())
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public List<ChatMessage> getMessages(Object conversationKey) {
        ConversationKey key = (ConversationKey) conversationKey;
        return messages(db.sql("SELECT " + TURN_COLUMNS + " FROM conversation_turn t JOIN conversation c"
                        + " ON c.id = t.conversation_id WHERE" + VISIBLE + "ORDER BY t.turn")
                .param("id", key.id())
                .param("channel", key.channel().name())
                .param("activeSince", activeSince())
                .query((row, n) -> turn(key.id(), row))
                .list());
    }

    @Override
    public List<ChatMessage> recentMessages(Object conversationKey, int max) {
        ConversationKey key = (ConversationKey) conversationKey;
        List<ChatReply> newestFirst = db.sql("SELECT " + TURN_COLUMNS + " FROM conversation_turn t JOIN conversation c"
                        + " ON c.id = t.conversation_id WHERE" + VISIBLE + "ORDER BY t.turn DESC LIMIT :turns")
                .param("id", key.id())
                .param("channel", key.channel().name())
                .param("activeSince", activeSince())
                .param("turns", (max + 1) / 2)
                .query((row, n) -> turn(key.id(), row))
                .list();
        List<ChatReply> turns = new ArrayList<>(newestFirst);
        Collections.reverse(turns);
        List<ChatMessage> messages = messages(turns);
        return messages.subList(Math.max(0, messages.size() - max), messages.size());
    }

    @Override
    public void append(Object conversationKey, List<ChatMessage> messages) {
        ConversationKey key = (ConversationKey) conversationKey;
        List<ChatReply> turns = codec.decode(key.id(), messages);
        try {
            transactions.executeWithoutResult(status -> {
                claim(key);
                turns.forEach(turn -> insert(key, turn));
            });
        } catch (DuplicateKeyException e) {
            throw new ConcurrentTurnException(e);
        }
        purgeWhenDue();
    }

    @Override
    public void updateMessages(Object conversationKey, List<ChatMessage> messages) {
        ConversationKey key = (ConversationKey) conversationKey;
        List<ChatReply> turns = codec.decode(key.id(), messages);
        try {
            transactions.executeWithoutResult(status -> {
                claim(key);
                db.sql("DELETE FROM conversation_turn WHERE conversation_id = :id")
                        .param("id", key.id())
                        .update();
                turns.forEach(turn -> insert(key, turn));
            });
        } catch (DuplicateKeyException e) {
            throw new ConcurrentTurnException(e);
        }
    }

    /** Deletes the conversation with its turns and its feedback (the schema cascades). */
    @Override
    public void deleteMessages(Object conversationKey) {
        ConversationKey key = (ConversationKey) conversationKey;
        db.sql("DELETE FROM conversation WHERE id = :id AND channel = :channel")
                .param("id", key.id())
                .param("channel", key.channel().name())
                .update();
    }

    /** Deletes the conversations idle past the limit, which every query already treats as gone. */
    int purgeExpired() {
        return db.sql("DELETE FROM conversation WHERE last_active <= :activeSince")
                .param("activeSince", activeSince())
                .update();
    }

    // Marks the conversation active, starting it under the key's channel when it has none (or only an expired one).
    // A row of another channel with the same id makes the insert conflict, so it is never taken over.
    private void claim(ConversationKey key) {
        OffsetDateTime now = now();
        int touched = db.sql("UPDATE conversation c SET last_active = :now WHERE" + VISIBLE)
                .param("now", now)
                .param("id", key.id())
                .param("channel", key.channel().name())
                .param("activeSince", activeSince())
                .update();
        if (touched == 0) {
            db.sql("DELETE FROM conversation WHERE id = :id AND channel = :channel AND last_active <= :activeSince")
                    .param("id", key.id())
                    .param("channel", key.channel().name())
                    .param("activeSince", activeSince())
                    .update();
            db.sql("INSERT INTO conversation (id, channel, created_at, last_active) VALUES (:id, :channel, :now, :now)")
                    .param("id", key.id())
                    .param("channel", key.channel().name())
                    .param("now", now)
                    .update();
        }
    }

    private void insert(ConversationKey key, ChatReply turn) {
        db.sql("INSERT INTO conversation_turn (conversation_id, turn, question, effective_question, answer, answered,"
                        + " mode, citations, answered_at) VALUES (:id, :turn, :question, :effectiveQuestion, :answer,"
                        + " :answered, :mode, :citations, :now)")
                .param("id", key.id())
                .param("turn", turn.turn())
                .param("question", turn.question())
                .param("effectiveQuestion", turn.effectiveQuestion())
                .param("answer", turn.answer())
                .param("answered", turn.answered())
                .param("mode", turn.mode())
                .param("citations", write(turn.citations()))
                .param("now", now())
                .update();
    }

    private void purgeWhenDue() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (now.isAfter(due) && nextPurge.compareAndSet(due, now.plus(purgeEvery))) {
            purgeExpired();
        }
    }

    private List<ChatMessage> messages(List<ChatReply> turns) {
        List<ChatMessage> messages = new ArrayList<>(2 * turns.size());
        turns.forEach(turn -> messages.addAll(codec.encode(turn)));
        return messages;
    }

    private ChatReply turn(String conversationId, ResultSet row) throws SQLException {
        return new ChatReply(
                conversationId,
                row.getInt("turn"),
                row.getString("question"),
                row.getString("effective_question"),
                row.getString("answer"),
                row.getBoolean("answered"),
                row.getString("mode"),
                read(row.getString("citations")));
    }

    private String write(List<Citation> citations) {
        try {
            return json.writeValueAsString(citations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Citations could not be written as JSON", e);
        }
    }

    private List<Citation> read(String citations) {
        try {
            return json.readValue(citations, CITATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored citations are not valid JSON", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private OffsetDateTime activeSince() {
        return now().minus(idleExpiry);
    }
}
