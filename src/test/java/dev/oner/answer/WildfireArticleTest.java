package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A moorland wildfire and its replanting: a question that names the kind of answer before what it is about. */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/brackenridge-wildfire.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class WildfireArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_read_the_date_of_something_as_asking_for_a_date_not_about_dates() {
        // The article never says "date": "the next planting day is scheduled for March 28".
        ChatReply reply = chats.ask(null, "What is the date of the next planting session?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("March 28");
    }
}
