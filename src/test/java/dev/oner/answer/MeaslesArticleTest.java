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
 * An outbreak report full of dates and times: a day of a month the question gives pins it down; an ordinal picks
 * out only the kind of thing it stands before.
 */
@SpringBootTest(
        properties = {
            "oner.article.location=classpath:articles/measles-outbreak-schools.txt",
            "oner.slack.enabled=false"
        })
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class MeaslesArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_not_give_another_events_time_for_the_one_on_the_day_asked_about() {
        // The meeting "on March 3" has no time in the article; the clinics' "from 9 a.m. to 4 p.m." is another thing's.
        ChatReply reply = chats.ask(null, "What time does the public meeting on March 3 begin?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void should_answer_when_the_meeting_is() {
        ChatReply reply = chats.ask(null, "When will the district hold a public meeting?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("March 3");
    }

    @Test
    void should_not_take_the_first_cases_for_the_country_a_which_question_asks_for() {
        // "the first cases to a family that returned from a holiday trip abroad": the ordinal picks out cases, not a
        // country, and the article names none.
        ChatReply reply = chats.ask(null, "Which country did the family travel to on their holiday trip?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }
}
