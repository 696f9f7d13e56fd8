package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A harbour dispute that counts its fishing fleet in boats: a count of a kind of the thing asked about counts it;
 * and that says when and how many in words ("before Christmas", "one household in six").
 */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/harbour-dredging-row.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class HarbourArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_count_vessels_by_a_count_of_boats() {
        // "which numbers 31 boats": a boat is a kind of vessel (WordNet), and the number counts it.
        ChatReply reply = chats.ask(null, "How many vessels are in the town's fishing fleet?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("31 boats");
    }

    @Test
    void should_take_a_feast_day_for_a_date() {
        // "We will publish our findings before Christmas.": Christmas says when as a month would.
        ChatReply reply = chats.ask(null, "When will the panel's findings be published?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("before Christmas");
    }

    @Test
    void should_take_one_of_a_number_of_things_for_a_share() {
        // "one household in six depends on fishing" is a share, which "a 50 percent cut" in fees is not.
        ChatReply reply = chats.ask(null, "What share of the town's households rely on fishing?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("one household in six").doesNotContain("50 percent");
    }
}
