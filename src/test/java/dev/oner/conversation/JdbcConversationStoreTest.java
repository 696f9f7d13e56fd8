package dev.oner.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.ChatMessage;
import dev.oner.Databases;
import dev.oner.answer.Citation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The database store on the embedded H2 database, with the app's own migrations. */
class JdbcConversationStoreTest {

    private static final Duration IDLE = Duration.ofHours(2);

    private final DataSource database = Databases.h2InMemory();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T12:00:00Z"));
    private final JdbcConversationStore store = store();
    private final TurnCodec codec = new TurnCodec();

    @Test
    void should_keep_every_turn_with_its_citations_and_give_the_latest_as_the_window() {
        // given
        var key = new ConversationKey(Channel.WEB, "c-1");

        // when
        for (int turn = 1; turn <= 5; turn++) {
            store.append(key, codec.encode(turn("c-1", turn)));
        }

        // then
        List<ChatReply> all = codec.decode("c-1", store.getMessages(key));
        assertThat(all).extracting(ChatReply::turn).containsExactly(1, 2, 3, 4, 5);
        assertThat(all.get(2)).isEqualTo(turn("c-1", 3));
        assertThat(codec.decode("c-1", store.recentMessages(key, 4)))
                .extracting(ChatReply::turn)
                .containsExactly(4, 5);
    }

    @Test
    void should_find_a_conversation_only_under_the_channel_that_started_it() {
        // given
        var slack = new ConversationKey(Channel.SLACK, "shared-id");
        store.append(slack, codec.encode(turn("shared-id", 1)));
        var web = new ConversationKey(Channel.WEB, "shared-id");

        // then
        assertThat(store.contains(slack)).isTrue();
        assertThat(store.contains(web)).isFalse();
        assertThat(store.getMessages(web)).isEmpty();
        assertThat(store.recentMessages(web, 10)).isEmpty();
        assertThatThrownBy(() -> store.append(web, codec.encode(turn("shared-id", 2))))
                .isInstanceOf(ConcurrentTurnException.class);
        store.deleteMessages(web);
        assertThat(store.getMessages(slack)).hasSize(2);
    }

    @Test
    void should_forget_a_conversation_idle_past_the_limit_by_query_and_start_afresh_under_its_id() {
        // given
        var key = new ConversationKey(Channel.SLACK, "thread");
        store.append(key, codec.encode(turn("thread", 1)));

        // when
        clock.advance(IDLE.minusMinutes(1));
        boolean beforeLimit = store.contains(key);
        clock.advance(Duration.ofMinutes(2));

        // then
        assertThat(beforeLimit).isTrue();
        assertThat(store.contains(key)).isFalse();
        assertThat(store.getMessages(key)).isEmpty();
        store.append(key, codec.encode(turn("thread", 1)));
        assertThat(store.getMessages(key)).hasSize(2);
    }

    @Test
    void should_refuse_a_second_write_of_the_same_turn_number() {
        var key = new ConversationKey(Channel.WEB, "raced");
        JdbcConversationStore otherInstance = store();
        store.append(key, codec.encode(turn("raced", 1)));

        assertThatThrownBy(() -> otherInstance.append(key, codec.encode(turn("raced", 1))))
                .isInstanceOf(ConcurrentTurnException.class);
        assertThat(otherInstance.getMessages(key)).hasSize(2);
    }

    @Test
    void should_delete_a_conversation_with_its_turns_and_feedback() {
        // given
        var key = new ConversationKey(Channel.WEB, "gone");
        store.append(key, codec.encode(turn("gone", 1)));
        JdbcClient.create(database)
                .sql("INSERT INTO feedback (conversation_id, turn, rating, comment, channel, received_at)"
                        + " VALUES ('gone', 1, 'UP', '', 'WEB', CURRENT_TIMESTAMP)")
                .update();

        // when
        store.deleteMessages(key);

        // then
        assertThat(store.contains(key)).isFalse();
        assertThat(count("conversation_turn")).isZero();
        assertThat(count("feedback")).isZero();
    }

    @Test
    void should_replace_the_history_when_updated_as_a_chat_memory_store() {
        var key = new ConversationKey(Channel.WEB, "memory");
        store.append(key, codec.encode(turn("memory", 1)));
        List<ChatMessage> replaced = new ArrayList<>(codec.encode(turn("memory", 7)));

        store.updateMessages(key, replaced);

        assertThat(codec.decode("memory", store.getMessages(key)))
                .extracting(ChatReply::turn)
                .containsExactly(7);
    }

    private long count(String table) {
        return JdbcClient.create(database)
                .sql("SELECT COUNT(*) FROM " + table)
                .query(Long.class)
                .single();
    }

    private JdbcConversationStore store() {
        return new JdbcConversationStore(
                JdbcClient.create(database),
                new TransactionTemplate(new DataSourceTransactionManager(database)),
                new ObjectMapper(),
                clock,
                IDLE);
    }

    private static ChatReply turn(String id, int n) {
        return new ChatReply(
                id,
                n,
                "Question " + n + "?",
                "Standalone question " + n + "?",
                "Answer " + n + ". [1]",
                true,
                "extractive",
                List.of(new Citation(1, "Answer " + n + ".", 2, 10 * n, 10 * n + 9, 0.5 + n / 100.0)));
    }

    /** A clock the test moves forward. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
