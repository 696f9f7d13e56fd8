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
 * Snow leopard cubs born at a zoo, written apart from the code: one sentence tells of the first cub and the third, so
 * a question about the second picks out a member of the series the article says nothing of.
 */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/zoo-leopard-cubs.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class ZooArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_answer_about_a_member_of_a_series_the_article_picks_out() {
        // "The first cub appeared just before 2 a.m., and the third arrived roughly two hours later."
        ChatReply reply = chats.ask(null, "At what time was the first cub born?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("just before 2 a.m.");
    }

    @Test
    void should_say_the_article_does_not_answer_about_a_member_of_a_series_it_never_picks_out() {
        ChatReply reply = chats.ask(null, "At what time was the second cub born?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }
}
