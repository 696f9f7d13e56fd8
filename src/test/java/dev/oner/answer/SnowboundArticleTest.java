package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A village cut off by snow: a paraphrase that shares almost no word with the sentence that answers it. */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/snowbound-village.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class SnowboundArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_answer_from_a_sentence_that_stands_far_out_by_meaning_though_it_shares_few_words() {
        // "The road reopened to traffic ..., though the council said it would remain restricted to one lane".
        ChatReply reply = chats.ask(null, "Is the road back to normal yet?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("reopened to traffic");
    }
}
