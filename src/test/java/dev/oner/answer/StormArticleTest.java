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
 * A wire story with an abbreviated month in its dateline, several people with their ages, and figures that change
 * over the days it covers.
 */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/kellport-storm.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class StormArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_take_the_place_the_lead_names_as_what_every_sentence_is_about() {
        // The sentence names the harbour master but not the city; the dateline's lead does.
        ChatReply reply = chats.ask(null, "Who is the harbour master in Kellport?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Teodor Lindqvist");
        assertThat(chats.ask(reply.conversationId(), "How old is he?").answer()).contains("58");
    }

    @Test
    void should_not_give_another_persons_age_for_the_one_asked_about() {
        // The article names the council leader but never her age; a later sentence gives a volunteer's.
        ChatReply reply = chats.ask(null, "How old is council leader Imogen Achterberg?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void should_abstain_when_the_sentence_about_the_named_person_gives_no_duration() {
        // The sentence naming the council leader gives no duration; the article's durations are other things'.
        ChatReply reply = chats.ask(null, "How long has Imogen Achterberg been council leader?");

        assertThat(reply.answered()).isFalse();
    }

    @Test
    void should_answer_a_question_that_gives_a_figure_from_the_sentence_that_holds_it() {
        // Without the figure to pin it, a council leader's sentence about another sum holds most of the question.
        ChatReply reply = chats.ask(null, "Who donated the £50,000?");

        assertThat(reply.answer()).contains("Brekke & Sons");
    }

    @Test
    void should_abstain_when_the_sentence_that_holds_the_given_figure_does_not_answer() {
        // The 2019 report is mentioned, but not who wrote it; the harbour master's sentence is about something else.
        ChatReply reply = chats.ask(null, "Who carried out the 2019 study of the harbour wall?");

        assertThat(reply.answered()).isFalse();
    }
}
