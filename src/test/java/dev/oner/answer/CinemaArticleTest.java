package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A cinema wins its licence appeal: a modal verb says how the question asks, not what it is about. */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/cinema-licence-appeal.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class CinemaArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_not_take_a_modal_verb_for_what_a_question_asks_about() {
        // "She also ordered the council to pay £12,400 towards the cinema's legal costs."
        ChatReply reply = chats.ask(null, "How much must the council contribute to the cinema's legal bills?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("£12,400");
    }
}
