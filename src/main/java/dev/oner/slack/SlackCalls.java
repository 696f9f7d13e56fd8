package dev.oner.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to Slack that never throw: a failed call (transport error, HTTP error, or {@code ok:false}) is logged and
 * reported as its error code, so one bad call costs one message and never the bot.
 */
final class SlackCalls {

    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);

    @FunctionalInterface
    interface WebApiCall {
        SlackApiTextResponse send() throws IOException, SlackApiException;
    }

    @FunctionalInterface
    interface ResponseUrlCall {
        WebhookResponse send() throws IOException;
    }

    private SlackCalls() {}

    /** Calls a Web API method; returns its error code, or empty when it succeeded. */
    static Optional<String> call(String method, WebApiCall call) {
        try {
            SlackApiTextResponse response = call.send();
            if (response.isOk()) {
                if (response.getWarning() != null) {
                    log.warn("Slack {} succeeded with warning: {}", method, response.getWarning());
                }
                return Optional.empty();
            }
            log.warn("Slack {} failed: {} {}", method, response.getError(), detail(response.getNeeded()));
            return Optional.of(response.getError());
        } catch (SlackApiException e) {
            log.warn("Slack {} failed: HTTP {} {}", method, e.getResponse().code(), brief(e.getResponseBody()));
            return Optional.of("http_" + e.getResponse().code());
        } catch (IOException e) {
            log.warn("Slack {} failed: {}", method, e.toString());
            return Optional.of("io_error");
        }
    }

    /** Posts to an interaction's response_url; returns the error, or empty when it succeeded. */
    static Optional<String> respond(String what, ResponseUrlCall call) {
        try {
            WebhookResponse response = call.send();
            if (response.getCode() != null && response.getCode() == 200) {
                return Optional.empty();
            }
            log.warn("Slack response_url ({}) failed: HTTP {} {}", what, response.getCode(), brief(response.getBody()));
            return Optional.of("http_" + response.getCode());
        } catch (IOException e) {
            log.warn("Slack response_url ({}) failed: {}", what, e.toString());
            return Optional.of("io_error");
        }
    }

    // An error page can be long HTML; its start says enough.
    private static String brief(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }

    private static String detail(String needed) {
        return needed == null ? "" : "(needs scope " + needed + ")";
    }
}
