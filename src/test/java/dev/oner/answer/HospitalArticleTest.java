package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A hospital study that gives its changes in other words than a question would ("fell by a fifth"). */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/hospital-quiet-nights.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class HospitalArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_answer_by_how_much_something_changed_whatever_verb_the_question_uses() {
        // The article never says "drop": "sedative prescriptions, which fell by a fifth".
        ChatReply reply = chats.ask(null, "By how much did prescriptions of sedatives drop?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("fell by a fifth");
    }

    @Test
    void should_still_abstain_when_the_article_gives_no_change_for_the_thing_asked_about() {
        // "The number of falls on the wards did not change".
        ChatReply reply = chats.ask(null, "By how much did falls drop?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void should_take_a_span_between_two_dates_for_the_period_a_question_asks_about() {
        // "followed patients aged 70 and over ... between April 2023 and September 2024".
        ChatReply reply = chats.ask(null, "Over what period did the study follow the patients?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("between April 2023 and September 2024");
    }
}
