package dev.oner.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.OnerApplication;
import dev.oner.feedback.Feedback;
import dev.oner.feedback.FeedbackService;
import dev.oner.feedback.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default: with nothing configured but a data directory, a restart keeps conversations and feedback. */
class EmbeddedDatabaseRestartTest {

    private final Path dataDir =
            Path.of("target", "restart-test", UUID.randomUUID().toString());

    @Test
    void should_keep_conversations_and_feedback_across_a_restart() {
        // given
        String id;
        try (var app = start()) {
            ChatService chats = app.getBean(ChatService.class);
            id = chats.ask(Channel.WEB, null, "Who stars in Extraction?").conversationId();
            chats.ask(Channel.WEB, id, "What character does he play?");
            app.getBean(FeedbackService.class).record(Channel.WEB, id, 2, Rating.DOWN, "too short");
        }

        // when
        try (var app = start()) {
            // then
            assertThat(Files.isRegularFile(dataDir.resolve("oner.mv.db"))).isTrue();
            Conversation conversation = app.getBean(ChatService.class).conversation(Channel.WEB, id);
            assertThat(conversation.turns())
                    .extracting(ChatReply::question)
                    .containsExactly("Who stars in Extraction?", "What character does he play?");
            assertThat(conversation.turns().get(1).answer()).contains("Tyler Rake");
            assertThat(conversation.turns().get(1).citations()).isNotEmpty();
            assertThat(app.getBean(FeedbackService.class).forConversation(Channel.WEB, id))
                    .singleElement()
                    .extracting(Feedback::turn, Feedback::rating, Feedback::comment)
                    .containsExactly(2, Rating.DOWN, "too short");
            // and the follow-up window comes back with it
            assertThat(app.getBean(ChatService.class)
                            .ask(id, "Who directed it?")
                            .turn())
                    .isEqualTo(3);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(OnerApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--oner.data-dir=./" + dataDir.toString().replace('\\', '/'),
                        "--oner.slack.enabled=false",
                        "--spring.main.banner-mode=off");
    }
}
