package dev.oner.slack;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's {@link SingleTeamAuthorization}, fed by {@link SlackTokenCheck} instead of an {@code auth.test} call made
 * while the app starts. Requests that need no token ({@code url_verification}, {@code ssl_check}) pass at once;
 * the others pass once the token has been verified, and until then get 503 with a log line saying why, so Slack
 * retries them later instead of the bot failing them with a bare 500.
 */
final class CheckedTokenAuthorization implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(CheckedTokenAuthorization.class);

    // Only Slack reads this; the log line says more.
    private static final String UNAVAILABLE = "{\"error\":\"bot_token_not_verified\"}";

    private final AppConfig config;
    private final SlackTokenCheck tokenCheck;
    private final Duration patience;

    /**
     * @param config must keep auth.test results for good ({@code authTestCacheExpirationMillis < 0}): the token
     *     check is the one place that calls auth.test
     * @param patience how long a request may wait for a check under way; well within Slack's three seconds
     */
    CheckedTokenAuthorization(AppConfig config, SlackTokenCheck tokenCheck, Duration patience) {
        if (config.getAuthTestCacheExpirationMillis() >= 0) {
            throw new IllegalArgumentException("the auth.test cache must be permanent");
        }
        this.config = config;
        this.tokenCheck = tokenCheck;
        this.patience = patience;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (MiddlewareOps.isNoAuthRequiredRequest(req.getRequestType())
                || MiddlewareOps.isNoTokenRequiredRequest(req)) {
            return chain.next(req);
        }
        SlackTokenCheck.Outcome outcome = tokenCheck.awaitOutcome(patience);
        if (outcome instanceof SlackTokenCheck.Outcome.Verified verified) {
            return new SingleTeamAuthorization(config, verified.response(), null).apply(req, resp, chain);
        }
        log.warn(
                "Slack: answered a request ({}) with 503 so that Slack retries it: {}",
                req.getRequestType(),
                outcome.describe());
        return Response.builder()
                .statusCode(503)
                .contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(UNAVAILABLE)
                .build();
    }
}
