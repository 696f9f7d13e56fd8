package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A council's vote for three-weekly bins: what a sum is of may be named in the sentence before. */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/three-weekly-bins-vote.txt", "oner.slack.enabled=false"
        })
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class BinsArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_answer_how_much_from_a_sentence_whose_subject_the_sentence_before_names() {
        // The council's plan, then "The move would save about 620,000 pounds a year, ...".
        ChatReply reply = chats.ask(null, "How much will the council save annually?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("620,000 pounds a year");
    }
}
