package dev.oner.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryConversationStoreTest {

    private final AtomicLong nanos = new AtomicLong();
    private final InMemoryConversationStore store =
            new InMemoryConversationStore(2, Duration.ofMinutes(30), nanos::get);

    @Test
    void should_know_a_conversation_only_once_it_has_messages() {
        assertThat(store.contains("a")).isFalse();
        assertThat(store.getMessages("a")).isEmpty();

        store.updateMessages("a", messages("hello"));

        assertThat(store.contains("a")).isTrue();
        assertThat(store.getMessages("a")).isEqualTo(messages("hello"));
    }

    @Test
    void should_forget_a_conversation_left_idle_past_the_expiry() {
        store.updateMessages("a", messages("hello"));

        nanos.addAndGet(Duration.ofMinutes(29).toNanos());
        assertThat(store.contains("a")).isTrue();
        nanos.addAndGet(Duration.ofMinutes(31).toNanos());

        assertThat(store.contains("a")).isFalse();
    }

    @Test
    void should_keep_no_more_than_the_configured_number_of_conversations() {
        store.updateMessages("a", messages("1"));
        store.updateMessages("b", messages("2"));
        store.updateMessages("c", messages("3"));

        long kept = List.of("a", "b", "c").stream().filter(store::contains).count();
        assertThat(kept).isEqualTo(2);
    }

    @Test
    void should_delete_a_conversation() {
        store.updateMessages("a", messages("hello"));

        store.deleteMessages("a");

        assertThat(store.contains("a")).isFalse();
    }

    private static List<ChatMessage> messages(String text) {
        return List.of(UserMessage.from(text));
    }
}
