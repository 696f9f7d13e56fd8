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
 * A recovered painting, written apart from the code: people the article leaves unnamed ("a 61-year-old man"), and
 * ages asked of a role rather than a name.
 */
@SpringBootTest(
        properties = {
            "oner.article.location=classpath:articles/stolen-painting-recovered.txt",
            "oner.slack.enabled=false"
        })
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class StolenPaintingArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_abstain_on_the_name_of_someone_the_article_describes_by_age_without_naming() {
        // "a 61-year-old man from the town of Kelsford was arrested on April 9": the month is no name.
        ChatReply reply = chats.ask(null, "What is the name of the 61-year-old man from Kelsford who was arrested?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void should_read_which_member_of_a_group_as_a_question_about_a_person() {
        // The article never says "member": "A junior specialist, Priya Castellan, 29, compared a photograph ...".
        ChatReply reply = chats.ask(null, "Which member of staff at the auction house matched it to the database?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Priya Castellan");
    }

    @Test
    void should_read_how_old_the_holder_of_a_role_is_from_the_age_after_their_name() {
        ChatReply reply = chats.ask(null, "How old is the curator at the gallery?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Margaret Holloway, 58");
    }
}
