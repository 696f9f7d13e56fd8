package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A council by-election fought over the sale of playing fields: terse chat about a price. */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/harrowby-byelection.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class ByElectionArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_read_a_terse_price_question_as_asking_for_money() {
        // No question word, but "price" asks for money: the sentence that gives the sale's sum answers, not the one
        // that speaks of the sale.
        ChatReply reply = chats.ask(null, "playing fields sale price?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("4.2 million");
    }
}
