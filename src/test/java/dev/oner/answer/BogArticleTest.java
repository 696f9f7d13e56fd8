package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A peat bog being rewetted, whose graziers are paid per hectare: money asked for in other words. */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/carrow-moss-rewetting.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class BogArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_read_a_sum_as_the_kind_of_answer_not_a_word_the_article_must_use() {
        // The article never says "sum": the word asks for money, which "95 pounds per hectare" gives.
        ChatReply reply = chats.ask(null, "What yearly sum do the shepherds receive for every unit of land they use?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("95 pounds per hectare");
    }

    @Test
    void should_answer_a_bill_with_what_the_work_cost() {
        ChatReply reply = chats.ask(null, "What is the total bill for the rewetting?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("3.8 million pounds");
    }

    @Test
    void should_still_abstain_when_the_article_gives_no_price_of_the_thing_asked_about() {
        // The excavators are in the article, their price is not: the money noun leaves the thing asked about in place.
        ChatReply reply = chats.ask(null, "What was the price of the excavators?");

        assertThat(reply.answered()).isFalse();
    }

    @Test
    void should_read_a_participle_after_the_noun_as_saying_which_one_not_as_a_word_the_article_must_use() {
        // "said hydrologist Dr. Tobias Renwick": the article never says "mentioned".
        ChatReply reply = chats.ask(null, "Who is the hydrologist mentioned in the report?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Tobias Renwick");
    }
}
