package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SlackTokenCheckTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void should_log_the_real_cause_when_slacks_host_cannot_be_resolved(CapturedOutput output) {
        // given: a host name that never resolves (RFC 2606 reserves .invalid)
        String apiUrl = "http://slack-api.invalid/api/";

        // when
        try (var check = check(apiUrl)) {
            SlackTokenCheck.Outcome outcome = check.awaitOutcome(PATIENCE);

            // then
            assertThat(outcome).isInstanceOf(SlackTokenCheck.Outcome.Unreachable.class);
            assertThat(outcome.describe())
                    .contains("java.net.UnknownHostException")
                    .contains(apiUrl);
            assertThat(output.getOut())
                    .contains("Slack: Slack's Web API could not be reached to check the bot token "
                            + "(java.net.UnknownHostException")
                    .contains("retrying every 1m")
                    .doesNotContain("token is invalid");
        }
    }

    @Test
    void should_say_the_token_was_refused_when_slack_answers_so() {
        // given
        try (var slack = FakeSlack.start();
                var check = check(slack.apiUrl())) {
            slack.failNext("auth.test", 200, "{\"ok\":false,\"error\":\"invalid_auth\"}");

            // when
            SlackTokenCheck.Outcome outcome = check.awaitOutcome(PATIENCE);

            // then
            assertThat(outcome).isEqualTo(new SlackTokenCheck.Outcome.Refused("invalid_auth"));
            assertThat(outcome.describe()).contains("check SLACK_BOT_TOKEN");
        }
    }

    @Test
    void should_check_again_when_asked_after_slack_was_unreachable_and_verify_the_token() {
        // given
        int port = FakeSlack.freePort();
        try (var check = check("http://127.0.0.1:" + port + "/api/")) {
            assertThat(check.awaitOutcome(PATIENCE)).isInstanceOf(SlackTokenCheck.Outcome.Unreachable.class);

            // when
            try (var slack = FakeSlack.start(port)) {
                SlackTokenCheck.Outcome outcome = check.awaitOutcome(PATIENCE);

                // then
                assertThat(outcome).isInstanceOf(SlackTokenCheck.Outcome.Verified.class);
                assertThat(slack.calls("auth.test"))
                        .singleElement()
                        .satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer xoxb-test"));
            }
        }
    }

    private static SlackTokenCheck check(String apiUrl) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setStatsEnabled(false);
        return new SlackTokenCheck(Slack.getInstance(config).methods(), "xoxb-test", apiUrl, Duration.ofMinutes(1));
    }
}
