package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

class SlackAheadOfTimeGuardTest {

    private final SlackAheadOfTimeGuard guard = new SlackAheadOfTimeGuard(new DeferredLogs());

    @Test
    void should_keep_the_generated_beans_while_slack_is_off() {
        assertThat(guard.onButLeftOutAtBuild(new MockEnvironment())).isEmpty();
        assertThat(guard.onButLeftOutAtBuild(new MockEnvironment().withProperty("oner.slack.bot-token", "xoxb-1")))
                .isEmpty();
        assertThat(guard.onButLeftOutAtBuild(credentials().withProperty("oner.slack.enabled", "false")))
                .isEmpty();
    }

    @Test
    void should_ask_for_the_ordinary_start_when_both_credentials_turn_slack_on() {
        assertThat(guard.onButLeftOutAtBuild(credentials())).contains("Slack is on");
    }

    private static MockEnvironment credentials() {
        return new MockEnvironment()
                .withProperty("oner.slack.bot-token", "xoxb-1")
                .withProperty("oner.slack.signing-secret", "secret");
    }
}
