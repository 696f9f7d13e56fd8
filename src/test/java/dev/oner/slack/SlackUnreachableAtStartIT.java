package dev.oner.slack;

import static dev.oner.slack.FakeSlack.block;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot started while Slack's Web API cannot be reached (here: nothing listens on its port yet). It must say why
 * in the log, keep answering Slack's url_verification, refuse what it cannot answer with a status Slack retries, and
 * start answering once Slack is back, without a restart.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "oner.slack.bot-token=xoxb-test-token",
            "oner.slack.signing-secret=" + SlackChannelIT.SIGNING_SECRET,
            "oner.slack.token-check-retry=500ms"
        })
@ExtendWith(OutputCaptureExtension.class)
class SlackUnreachableAtStartIT {

    private static final int SLACK_PORT = FakeSlack.freePort();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void unreachableSlackApi(DynamicPropertyRegistry registry) {
        registry.add("oner.slack.api-url", () -> "http://127.0.0.1:" + SLACK_PORT + "/api/");
    }

    @LocalServerPort
    int port;

    @Test
    void should_serve_signed_requests_while_slack_is_unreachable_and_answer_once_it_is_back(CapturedOutput output) {
        // given
        var requests = new SignedRequests(
                URI.create("http://127.0.0.1:" + port + "/slack/events"), SlackChannelIT.SIGNING_SECRET);
        await().atMost(PATIENCE).until(() -> output.getOut().contains("could not be reached to check the bot token"));

        // when
        HttpResponse<String> verification =
                requests.event("{\"token\":\"t\",\"challenge\":\"c-unreachable\",\"type\":\"url_verification\"}");
        HttpResponse<String> mention = requests.event(SlackChannelIT.mention(
                "C20DOWN", SlackChannelIT.nextTs(), null, "<@UBOT> How long is the one-shot sequence?"));
        HttpResponse<String> command = requests.command(SlackChannelIT.command(
                "C20DOWN", "U20", "How long is the one-shot sequence?", "http://127.0.0.1:9/respond"));

        // then
        assertThat(output.getOut())
                .contains("Slack's Web API could not be reached to check the bot token (java.net.ConnectException")
                .doesNotContain("token is invalid");
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(verification.body()).isEqualTo("c-unreachable");
        assertThat(mention.statusCode()).isEqualTo(503);
        assertThat(command.statusCode()).isEqualTo(503);
        assertThat(mention.body()).doesNotContain("Something is wrong");
        assertThat(output.getOut()).contains("Slack: answered a request (Event) with 503 so that Slack retries it");

        // when Slack comes back where the bot was told to find it
        try (var slack = FakeSlack.start(SLACK_PORT)) {
            await().atMost(PATIENCE).until(() -> output.getOut().contains("Slack is reachable again"));
            String ts = SlackChannelIT.nextTs();
            HttpResponse<String> retried = requests.event(
                    SlackChannelIT.mention("C20DOWN", ts, null, "<@UBOT> How long is the one-shot sequence?"));

            // then
            assertThat(retried.statusCode()).isEqualTo(200);
            assertThat(block(slack.awaitPost("C20DOWN", ts), SlackMessages.SOURCES_BLOCK)
                            .at("/text/text")
                            .asText())
                    .contains("12 minutes");
        }
    }
}
