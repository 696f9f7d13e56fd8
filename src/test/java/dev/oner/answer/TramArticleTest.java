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
 * A council vote, written apart from the code: counts given as acts ("four abstentions") or per day, and a sum
 * written as an adjective ("a 212-million-pound extension") beside sums of other things.
 */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/tram-extension-vote.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class TramArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_count_those_who_did_something_by_the_number_of_acts_the_article_gives() {
        // "Councillors voted 34 to 19 in favour of the scheme, with four abstentions".
        ChatReply reply = chats.ask(null, "How many councillors abstained in the vote?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("four abstentions");
    }

    @Test
    void should_count_a_kind_of_the_thing_asked_about_before_a_rate_per_day() {
        // "about 11,500 passengers a day": passengers are travellers, and "a day" does not make the count one of days.
        ChatReply reply = chats.ask(null, "How many travellers is the extension expected to carry daily?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("11,500 passengers a day");
    }

    @Test
    void should_take_a_sum_written_as_an_adjective_as_the_sum_of_the_noun_it_comes_before() {
        ChatReply reply = chats.ask(null, "What will the extension of the tram network cost?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("212-million-pound extension");
    }

    @Test
    void should_read_a_count_asked_for_as_the_measure_not_a_word_the_article_must_use() {
        // The article never says "count": the vote's figures show it.
        ChatReply reply = chats.ask(null, "What was the final vote count?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("34 to 19");
    }

    @Test
    void should_not_answer_from_the_lead_for_standing_out_by_meaning_alone() {
        // The lead sums up the whole story and sits close in meaning to any question about it; it gives no fare rise.
        ChatReply reply = chats.ask(null, "By how much will Hartwell's bus fares rise?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }
}
