package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.article.Article;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A national sheepdog trial: one sentence of the article is longer than a whole answer. */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/sheepdog-trial-champion.txt", "oner.slack.enabled=false"
        })
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class SheepdogArticleTest {

    @Autowired
    ChatService chats;

    @Autowired
    Article article;

    @Test
    void should_quote_only_the_clauses_of_an_overlong_sentence_that_answer() {
        // The judge's sentence runs to 103 words, listing each part of the course after a colon.
        ChatReply reply = chats.ask(null, "Who judged the final?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Gwilym Prothero").endsWith("\u2026 [1]");
        assertThat(reply.answer().split("\\s+")).hasSizeLessThanOrEqualTo(80);
        assertThat(reply.citations()).singleElement().satisfies(citation -> {
            assertThat(article.slice(citation.start(), citation.end())).isEqualTo(citation.text());
            assertThat(citation.text()).contains("Gwilym Prothero").doesNotContain("the outrun");
        });
    }
}
