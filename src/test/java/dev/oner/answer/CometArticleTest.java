package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** An interstellar comet's distances, given in millions of kilometres. */
@SpringBootTest(properties = {"oner.article.location=classpath:articles/comet-survey.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class CometArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_take_a_distance_in_millions_of_kilometres() {
        // "180 million km" is a distance: the scale word sits between the number and its unit.
        ChatReply reply = chats.ask(null, "how far does teh comet come to earth");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("180 million km");
    }
}
