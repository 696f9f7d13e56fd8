package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Thefts of beehives, written apart from the code: a period asked for in other words than "how long", beside an
 * earlier spate's "over a single summer".
 */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/beehive-thefts.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class BeehiveArticleTest {

    @Autowired
    ChatService chats;

    @ParameterizedTest
    @ValueSource(
            strings = {"Over what period have the hives been stolen?", "In what time span did the thefts take place?"})
    void should_read_what_period_as_asking_how_long(String question) {
        // "Thieves have stolen 46 beehives from farms across Brackenshire over the past seven weeks".
        ChatReply reply = chats.ask(null, question);

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("over the past seven weeks");
    }
}
