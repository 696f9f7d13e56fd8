package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** An orchestra's cancelled tour: news style names what it is about once, then goes on about it. */
@SpringBootTest(
        properties = {
            "oner.article.location=classpath:articles/orchestra-tour-cancelled.txt",
            "oner.slack.enabled=false"
        })
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class OrchestraArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_answer_from_a_sentence_whose_previous_sentence_says_what_it_is_about() {
        // "In a ballot that closed on Friday, ... voted to reject the offer ... Turnout was 91 percent, ...".
        ChatReply reply = chats.ask(null, "What was the turnout in the ballot?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Turnout was 91 percent");
    }
}
