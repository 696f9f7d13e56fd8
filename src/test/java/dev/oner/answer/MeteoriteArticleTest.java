package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A farmer's find confirmed as a meteorite: money, amounts and ages as the words that ask for them. */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/penhallow-meteorite.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class MeteoriteArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_read_money_in_a_question_as_the_kind_of_answer_not_a_word_the_article_must_use() {
        // The article never says "money": the sum, "20,000 pounds", is what shows it.
        ChatReply reply = chats.ask(null, "How much money was Tallack offered for the rock?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("20,000 pounds");
    }

    @Test
    void should_not_take_a_length_of_time_for_an_amount_of_rain() {
        // "before the heavy rain that fell on Friday" holds every word of the question, and "36 hours" is no amount.
        ChatReply reply = chats.ask(null, "How much rain fell on Friday?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void should_read_a_things_age_in_billions_of_years() {
        ChatReply reply = chats.ask(null, "How old is the stone?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("4.56 billion years ago");
    }

    @Test
    void should_leave_the_worlds_record_of_a_kind_to_general_knowledge() {
        ChatReply reply = chats.ask(null, "What is the largest meteorite in the world?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }
}
