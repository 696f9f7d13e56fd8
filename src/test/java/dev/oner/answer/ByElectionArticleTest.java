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

    @Test
    void should_not_take_one_party_for_another_that_shares_a_word_of_its_name() {
        // "... the support of the two Progressive Party councillors" counts another party's councillors.
        ChatReply reply =
                chats.ask(null, "How many councillors does the Green Party have on Harrowby District Council?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void should_count_the_councillors_of_the_party_the_question_names() {
        ChatReply reply = chats.ask(null, "How many councillors does the Progressive Party have?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("two Progressive Party councillors");
    }

    @Test
    void should_say_the_article_does_not_answer_where_a_named_thing_is_when_it_never_speaks_of_where() {
        // The article names the developer ("The developer, Ridgeline Homes, said ...") but never where it is based.
        ChatReply reply = chats.ask(null, "Where is Ridgeline Homes based?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void should_answer_where_something_named_happened_when_the_article_says_it() {
        ChatReply reply = chats.ask(null, "Where did Priya Lakhani announce the figures?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Harrowby Leisure Centre");
    }
}
