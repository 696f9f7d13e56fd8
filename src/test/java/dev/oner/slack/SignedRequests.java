package dev.oner.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests to the bot's Slack endpoint as Slack sends them: the raw body signed with the signing secret,
 * {@code v0=} + hex HMAC-SHA256 of {@code v0:{timestamp}:{body}}, in X-Slack-Signature beside
 * X-Slack-Request-Timestamp.
 */
final class SignedRequests {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String signingSecret;

    SignedRequests(URI endpoint, String signingSecret) {
        this.endpoint = endpoint;
        this.signingSecret = signingSecret;
    }

    /** An Events API delivery (JSON), with extra headers such as X-Slack-Retry-Num. */
    HttpResponse<String> event(String json, Map<String, String> headers) {
        return signed("application/json", json, Instant.now(), headers);
    }

    HttpResponse<String> event(String json) {
        return event(json, Map.of());
    }

    /** A slash command: form fields. */
    HttpResponse<String> command(Map<String, String> fields) {
        return signed("application/x-www-form-urlencoded", form(fields), Instant.now(), Map.of());
    }

    /** An interaction: its JSON in the form field "payload". */
    HttpResponse<String> interaction(String payloadJson) {
        return signed(
                "application/x-www-form-urlencoded", form(Map.of("payload", payloadJson)), Instant.now(), Map.of());
    }

    /** Signed correctly, but at another time. */
    HttpResponse<String> signed(String contentType, String body, Instant timestamp, Map<String, String> headers) {
        String seconds = Long.toString(timestamp.getEpochSecond());
        return send(contentType, body, seconds, signature(signingSecret, seconds, body), headers);
    }

    HttpResponse<String> send(
            String contentType, String body, String timestamp, String signature, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
