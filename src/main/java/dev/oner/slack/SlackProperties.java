package dev.oner.slack;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * How the bot reaches Slack. Slack starts only when it is enabled and both the bot token and the signing secret are
 * set; otherwise the rest of the app runs without it.
 *
 * @param enabled false keeps Slack off even with credentials (the index rebuild runs so)
 * @param botToken the bot user OAuth token ({@code xoxb-...}), from SLACK_BOT_TOKEN
 * @param signingSecret verifies that requests come from Slack, from SLACK_SIGNING_SECRET
 * @param apiUrl base URL of Slack's Web API, from SLACK_API_URL; blank means Slack's own
 * @param workerThreads threads answering after each request is acknowledged: mostly waiting on Slack's API, so a
 *     few more than the cores
 * @param queueCapacity requests waiting for a worker; beyond it the bot says it is busy instead of queueing
 * @param retryWindow how long an event id is remembered so that Slack's retries of it are not answered again;
 *     Slack retries for about five minutes
 * @param tokenCheckRetry how often the bot token is checked again (auth.test) while Slack cannot be reached
 */
@ConfigurationProperties("oner.slack")
record SlackProperties(
        @DefaultValue("true") boolean enabled,
        String botToken,
        String signingSecret,

        @Pattern(regexp = "https?://\\S+/", message = "must be an http(s) URL")
        String apiUrl,

        @Positive @DefaultValue("4") int workerThreads,
        @PositiveOrZero @DefaultValue("100") int queueCapacity,
        @NotNull @DefaultValue("15m") Duration retryWindow,
        @NotNull @DefaultValue("30s") Duration tokenCheckRetry) {

    static final String SLACK_API = "https://slack.com/api/";

    SlackProperties {
        botToken = botToken == null ? "" : botToken.strip();
        signingSecret = signingSecret == null ? "" : signingSecret.strip();
        apiUrl = apiUrl == null || apiUrl.isBlank() ? SLACK_API : apiUrl.strip();
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /** These settings as the environment holds them, for decisions taken before the context binds them. */
    static SlackProperties of(Environment environment) {
        return Binder.get(environment).bindOrCreate("oner.slack", SlackProperties.class);
    }

    /** Whether Slack should start: enabled, with both credentials. */
    boolean active() {
        return enabled && !botToken.isEmpty() && !signingSecret.isEmpty();
    }

    /** Why Slack does not start, for the log; empty when it does. */
    String whyInactive() {
        if (!enabled) {
            return "oner.slack.enabled is false";
        }
        if (botToken.isEmpty() && signingSecret.isEmpty()) {
            return "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not set";
        }
        if (botToken.isEmpty()) {
            return "SLACK_BOT_TOKEN is not set";
        }
        return signingSecret.isEmpty() ? "SLACK_SIGNING_SECRET is not set" : "";
    }

    @Override
    public String toString() {
        return "SlackProperties[enabled=%s, botToken=%s, signingSecret=%s, apiUrl=%s, workerThreads=%d, queueCapacity=%d, retryWindow=%s, tokenCheckRetry=%s]"
                .formatted(
                        enabled,
                        botToken.isEmpty() ? "(unset)" : "(set)",
                        signingSecret.isEmpty() ? "(unset)" : "(set)",
                        apiUrl,
                        workerThreads,
                        queueCapacity,
                        retryWindow,
                        tokenCheckRetry);
    }
}
