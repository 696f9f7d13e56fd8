package dev.oner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a newcomer reads when the app starts: no warnings that are not about this app's health, and a last line
 * saying where it is ready, how fast, how it answers and whether Slack is on. Its own context (a property no
 * other test sets), so the start is captured here.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.application.name=oner-start-log",
            // Slack off whatever the environment says, so the last line is known.
            "oner.slack.bot-token=",
            "oner.slack.signing-secret="
        })
@ExtendWith(OutputCaptureExtension.class)
class StartLogIT {

    @LocalServerPort
    int port;

    @Test
    void should_start_without_alarming_warnings_and_end_with_where_it_is_ready(CapturedOutput output) {
        // when
        List<String> lines =
                output.getOut().lines().filter(line -> !line.isBlank()).toList();

        // then
        assertThat(output.getOut())
                .doesNotContain("Failed to detect GPU count")
                .doesNotContain("maxLength is not explicitly specified")
                .doesNotContain("enabled by default")
                .doesNotContain(" WARN ");
        assertThat(lines.get(lines.size() - 1))
                .contains("oner is ready at http://localhost:" + port + "/ in ")
                .contains(" s; answer mode: extractive; ")
                .endsWith("Slack off (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not set)");
    }
}
