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
 * A record price for a ram at an auction mart, written apart from the code: the price is in guineas, the auction
 * ring's currency, beside averages in pounds.
 */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/ram-auction-record.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class RamArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_read_a_price_in_guineas_as_money() {
        // "A shearling ram ... sold for 52,000 guineas on Wednesday", not the day's averages in pounds.
        ChatReply reply = chats.ask(null, "How much did the ram sell for?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("52,000 guineas");
    }

    @Test
    void should_not_take_the_price_of_one_animal_for_the_price_of_another() {
        // The article gives the ram's price and averages, but no ewe's price.
        ChatReply reply = chats.ask(null, "What was the top price paid for a ewe at the Lairgmore sale?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }
}
