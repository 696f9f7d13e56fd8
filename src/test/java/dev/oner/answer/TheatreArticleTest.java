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
 * A theatre's restoration, which names who oversees the work but not who will direct its first show: a "who"
 * question is answered by a sentence that names someone, never by one that names nobody.
 */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/orrery-theatre.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class TheatreArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_abstain_on_who_when_the_sentences_about_it_name_nobody() {
        // "The first production is planned to be a Christmas pantomime, Cinderella, in December that year."
        ChatReply reply = chats.ask(null, "Who will direct Cinderella?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void should_answer_who_from_the_sentence_that_names_them() {
        ChatReply reply = chats.ask(null, "Who will oversee the restoration?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Joanna Petrakis");
    }
}
