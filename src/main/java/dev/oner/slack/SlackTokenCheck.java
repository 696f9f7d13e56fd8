package dev.oner.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the bot token with Slack's {@code auth.test}, at start and again until Slack has been reached.
 *
 * <p>Bolt does this check itself when the app starts, and when Slack cannot be reached it reports "The token is
 * invalid" and fails every later request, {@code url_verification} included, with a bare 500. Here the check is
 * kept apart from serving requests: its real cause is logged ({@code UnknownHostException}, a refused connection,
 * an HTTP 503), it is retried every {@code retryInterval} while Slack cannot be reached, and a request that needs a
 * checked token asks for a check at once, waiting only a moment for it.
 */
final class SlackTokenCheck implements AutoCloseable {

    /** What the last check found. */
    sealed interface Outcome {

        /** Slack accepted the token. */
        record Verified(AuthTestResponse response) implements Outcome {
            @Override
            public String describe() {
                return "the bot token checks out";
            }
        }

        /** Slack answered, and refused the token (for example {@code invalid_auth}). */
        record Refused(String error) implements Outcome {
            @Override
            public String describe() {
                return "Slack refused the bot token (auth.test: " + error + "); check SLACK_BOT_TOKEN";
            }
        }

        /** Slack could not be reached, or answered with an HTTP error. */
        record Unreachable(String cause) implements Outcome {
            @Override
            public String describe() {
                return "Slack's Web API could not be reached to check the bot token (" + cause + ")";
            }
        }

        /** No check has finished yet. */
        record Pending() implements Outcome {
            @Override
            public String describe() {
                return "the bot token has not been checked with Slack yet";
            }
        }

        /** For a log line: what went wrong, or that nothing did. */
        String describe();
    }

    private static final Logger log = LoggerFactory.getLogger(SlackTokenCheck.class);

    private final MethodsClient client;
    private final String token;
    private final String apiUrl;
    private final Duration retryInterval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slack-token-check");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Outcome outcome = new Outcome.Pending();
    private CompletableFuture<Outcome> running; // guarded by this
    private ScheduledFuture<?> retry; // guarded by this

    SlackTokenCheck(MethodsClient client, String token, String apiUrl, Duration retryInterval) {
        this.client = client;
        this.token = token;
        this.apiUrl = apiUrl;
        this.retryInterval = retryInterval;
    }

    /** Starts the first check in the background. */
    void start() {
        checkNow();
    }

    Outcome outcome() {
        return outcome;
    }

    /**
     * The outcome for a request: at once when the token was verified, otherwise after a fresh check (or the one
     * already under way), waited for at most {@code patience} so the request still meets Slack's three seconds.
     */
    Outcome awaitOutcome(Duration patience) {
        Outcome current = outcome;
        if (current instanceof Outcome.Verified) {
            return current;
        }
        try {
            return checkNow().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcome;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized CompletableFuture<Outcome> checkNow() {
        if (running == null || running.isDone()) {
            if (retry != null) {
                retry.cancel(false);
            }
            running = CompletableFuture.supplyAsync(this::check, scheduler);
        }
        return running;
    }

    private Outcome check() {
        Outcome before = outcome;
        Outcome after = attempt();
        outcome = after;
        report(before, after);
        if (after instanceof Outcome.Unreachable) {
            synchronized (this) {
                retry = scheduler.schedule(this::checkNow, retryInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return after;
    }

    private Outcome attempt() {
        try {
            AuthTestResponse response = client.authTest(r -> r.token(token));
            return response.isOk() ? new Outcome.Verified(response) : new Outcome.Refused(response.getError());
        } catch (SlackApiException e) {
            return new Outcome.Unreachable("HTTP " + e.getResponse().code() + " from " + apiUrl);
        } catch (IOException e) {
            return new Outcome.Unreachable(e + " calling " + apiUrl);
        } catch (RuntimeException e) {
            log.error("Slack: auth.test failed unexpectedly", e);
            return new Outcome.Unreachable(e.toString());
        }
    }

    /** One line per change, so an outage that lasts an hour is not a log line every retry. */
    private void report(Outcome before, Outcome after) {
        if (after instanceof Outcome.Verified verified) {
            if (!(before instanceof Outcome.Verified)) {
                log.info(
                        "Slack: the bot token checks out (auth.test: team {}, bot user {}){}",
                        verified.response().getTeam(),
                        verified.response().getUserId(),
                        before instanceof Outcome.Pending ? "" : "; Slack is reachable again");
            }
        } else if (after.equals(before)) {
            log.debug("Slack: still {}", after.describe());
        } else if (after instanceof Outcome.Unreachable) {
            log.warn(
                    "Slack: {}; url_verification is still answered, other Slack requests get 503 until the check "
                            + "succeeds; retrying every {}",
                    after.describe(),
                    retryInterval.toString().substring(2).toLowerCase(Locale.ROOT));
        } else {
            log.warn("Slack: {}; Slack requests other than url_verification get 503", after.describe());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
