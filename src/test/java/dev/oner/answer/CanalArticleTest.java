package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A narrowboat sunk at its mooring: "how long" asked of a thing and of a time. */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/canal-boat-sinking.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class CanalArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_read_how_long_a_thing_is_as_a_length_in_feet() {
        // "a 62-foot former working boat": not "about two miles away", the only other length near its name.
        ChatReply reply = chats.ask(null, "How long is the Marigold Dawn?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("62-foot");
    }

    @Test
    void should_still_read_how_long_someone_has_done_something_as_a_time() {
        ChatReply reply = chats.ask(null, "How long has Pennock lived aboard?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("19 years");
    }
}
