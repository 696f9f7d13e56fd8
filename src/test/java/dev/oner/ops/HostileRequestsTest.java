package dev.oner.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seeded hostile requests against every endpoint, over raw sockets: whatever a client sends, it gets a reply, never a
 * 5xx, and errors the app itself answers are problem details. Tomcat answers a request it cannot even parse (a
 * broken request line or header) with a bare 400 before any of the app's code runs; those are only required to be
 * 4xx. The seed is fixed so a failure can be replayed; {@code -Dfuzz.seed=...} tries others.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // Slack on, with credentials the log must never show; its Web API is a closed loopback port.
            "oner.slack.bot-token=" + HostileRequestsTest.BOT_TOKEN,
            "oner.slack.signing-secret=" + HostileRequestsTest.SIGNING_SECRET,
            "oner.slack.api-url=http://127.0.0.1:9/api/"
        })
class HostileRequestsTest {

    static final String BOT_TOKEN = "xoxb-fuzz-token-4c1d2e";
    static final String SIGNING_SECRET = "fuzz-signing-secret-9f8e7d";
    private static final int REQUESTS = 1_200;

    private static final String[] METHODS = {
        "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "FOO", "get", "CONNECT"
    };
    private static final String[] PATHS = {
        "/api/chat",
        "/api/chat/stream",
        "/api/article",
        "/api/conversations/{id}",
        "/api/feedback",
        "/slack/events",
        "/",
        "/index.html",
        "/js/app.js",
        "/css/app.css",
        "/favicon.svg",
        "/v3/api-docs",
        "/swagger-ui.html",
        "/swagger-ui/index.html",
        "/actuator",
        "/actuator/health",
        "/actuator/health/readiness",
        "/actuator/health/liveness",
        "/actuator/info",
        "/actuator/prometheus",
        "/actuator/metrics",
        "/actuator/metrics/{id}",
        "/actuator/env",
        "/actuator/heapdump",
        "/actuator/threaddump",
        "/actuator/shutdown",
        "/error",
        "/nowhere/{id}",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/api/%2e%2e/actuator/env",
        "/api/..%2f..%2fetc%2fpasswd",
        "/static/%2e%2e/%2e%2e/application.yml",
        "/..;/actuator/env",
        "/api/chat;jsessionid=1",
        "/api/chat%00",
        "/api/chat%zz",
        "/%",
        "/api//chat",
        "/api/chat/",
        "/API/CHAT",
        "/api/chat?message=%zz&x",
        "/api/conversations/%2e%2e%2f%2e%2e",
        "/api/conversations/%00",
        "/api/conversations/%E2%80%AE",
        "/api/conversations/%ff%fe",
    };
    private static final String[] CONTENT_TYPES = {
        "application/json",
        "application/json; charset=UTF-8",
        "application/json; charset=ISO-8859-1",
        "application/json; charset=bogus",
        "application/json; charset=",
        "application/problem+json",
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=UTF-8",
        "multipart/form-data",
        "multipart/form-data; boundary=xyz",
        "text/plain",
        "text/event-stream",
        "application/xml",
        "application/octet-stream",
        "*/*",
        "application/*",
        ";;;",
        "json",
        "\u00e9t\u00e9/\u00fc",
        "",
    };
    private static final String[] ACCEPTS = {
        "*/*",
        "application/json",
        "application/problem+json",
        "text/event-stream",
        "text/html",
        "application/xml",
        "image/png",
        "text/plain;q=0.1, application/json;q=0.9",
        "garbage/;;",
        "",
    };

    @LocalServerPort
    int port;

    @Test
    void should_answer_every_hostile_request_with_a_4xx_and_keep_answering(CapturedOutput output) throws Exception {
        long seed = Long.getLong("fuzz.seed", 10L);
        Random random = new Random(seed);
        RawHttp http = new RawHttp(port);
        List<String> failures = new ArrayList<>();

        for (int i = 0; i < REQUESTS; i++) {
            HostileRequest request = next(random);
            RawHttp.Reply reply = http.send(request.bytes());
            String problem = judge(request, reply);
            if (problem != null) {
                failures.add("#" + i + " " + problem + ": " + request.summary() + " -> " + summary(reply));
            }
        }

        assertThat(failures).as("seed %d", seed).isEmpty();
        assertThat(askNormally(http).status()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain(BOT_TOKEN).doesNotContain(SIGNING_SECRET);
    }

    @Test
    void should_refuse_slack_shaped_payloads_missing_their_parts_with_a_4xx() {
        // Bolt reads a payload's parts before it checks the signature, so these reach its parser unsigned.
        String[] json = {
            "{\"type\":\"event_callback\"}",
            "{\"type\":\"event_callback\",\"event\":5}",
            "{\"type\":\"event_callback\",\"event\":{}}",
            "{\"type\":\"url_verification\"}",
            "{\"type\":\"block_actions\"}",
            "{\"type\":5}",
            "[]",
            "\"text\"",
        };
        String[] forms = {
            "payload=" + encode("{\"type\":\"block_actions\"}"),
            "payload=" + encode("{\"type\":\"view_submission\"}"),
            "payload=" + encode("{\"type\":\"block_actions\",\"actions\":[5]}"),
            "payload=" + encode("[]"),
            "payload=",
            "command=%2Foner",
            "ssl_check=1",
        };
        RawHttp http = new RawHttp(port);
        List<String> failures = new ArrayList<>();
        for (String body : json) {
            RawHttp.Reply reply = http.send(slackPost("application/json", body));
            if (reply.status() < 400 || reply.status() >= 500 || !reply.isProblem()) {
                failures.add(body + " -> " + summary(reply));
            }
        }
        for (String body : forms) {
            RawHttp.Reply reply = http.send(slackPost("application/x-www-form-urlencoded", body));
            if (reply.status() >= 500 || reply.status() < 0) {
                failures.add(body + " -> " + summary(reply));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(askNormally(http).status()).isEqualTo(200);
    }

    private static byte[] slackPost(String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return ("POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                        + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void should_refuse_a_5_megabyte_body_with_413_after_reading_it() throws Exception {
        RawHttp http = new RawHttp(port);
        int size = 5 * 1024 * 1024;
        byte[] head = ("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + size + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        RawHttp.Reply declared = http.send(head, hugeJson(size));
        RawHttp.Reply chunked = http.send(
                ("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII),
                chunked(hugeJson(size)));

        assertThat(declared.failure()).isNull();
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.isProblem()).isTrue();
        assertThat(chunked.failure()).isNull();
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.isProblem()).isTrue();
        assertThat(askNormally(http).status()).isEqualTo(200);
    }

    private static String judge(HostileRequest request, RawHttp.Reply reply) {
        if (reply.status() < 0) {
            return "no reply (" + reply.failure() + ")";
        }
        if (reply.status() >= 500) {
            return "server error";
        }
        // Tomcat refuses TRACE itself, before any of the app's code, with an empty 405.
        boolean answeredByTomcat = !request.parsable() || request.method().equals("TRACE");
        if (reply.status() >= 400 && !answeredByTomcat && !request.method().equals("HEAD") && !reply.isProblem()) {
            return "error without a problem detail";
        }
        if (request.path().startsWith("/actuator/")
                && request.path().matches("/actuator/(env|heapdump|threaddump|shutdown).*")
                && reply.status() < 400) {
            return "closed actuator endpoint answered";
        }
        return null;
    }

    private static String summary(RawHttp.Reply reply) {
        String body = reply.body().length() > 200 ? reply.body().substring(0, 200) + "..." : reply.body();
        return reply.status() + " " + reply.header("content-type") + " " + body.replace("\r\n", " ");
    }

    private static RawHttp.Reply askNormally(RawHttp http) {
        String body = "{\"message\": \"How long is the one-shot sequence?\"}";
        return http.send(("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * One request. {@code parsable} is false when its head is not HTTP that Tomcat can parse, so the app never
     * sees it.
     */
    record HostileRequest(String method, String path, String contentType, byte[] bytes, boolean parsable) {
        String summary() {
            String head = new String(bytes, 0, Math.min(bytes.length, 160), StandardCharsets.ISO_8859_1);
            return method + " " + path + " [" + contentType + "] " + head.replaceAll("[\\r\\n]+", " | ");
        }
    }

    private static HostileRequest next(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            byte[] garbage = new byte[1 + random.nextInt(2000)];
            random.nextBytes(garbage);
            return new HostileRequest("?", "?", "?", garbage, false);
        }
        if (kind == 1) {
            // A request line or header with control characters or raw non-ASCII bytes.
            // No CR or LF in the target: a request line cut short by one is an HTTP/0.9 request, answered by
            // design without a status line.
            String target = randomText(random, 1 + random.nextInt(30))
                    .replace('\r', '\t')
                    .replace('\n', '\t');
            String line = pick(random, METHODS) + " /api/" + target + " HTTP/1.1";
            String head = line + "\r\nHost: localhost\r\nX-" + randomText(random, 5) + ": " + randomText(random, 20)
                    + "\r\nConnection: close\r\n\r\n";
            return new HostileRequest("?", "?", "?", head.getBytes(StandardCharsets.ISO_8859_1), false);
        }
        String method = pick(random, METHODS);
        String path = pick(random, PATHS).replace("{id}", id(random));
        if (random.nextInt(10) == 0) {
            path = path + "?" + "q=" + "%41".repeat(random.nextInt(500)) + "&%zz=%";
        }
        String contentType = pick(random, CONTENT_TYPES);
        String accept = pick(random, ACCEPTS);
        byte[] body = body(random);
        var head =
                new StringBuilder().append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
        if (!contentType.isEmpty()) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (!accept.isEmpty()) {
            head.append("Accept: ").append(accept).append("\r\n");
        }
        if (random.nextInt(8) == 0) {
            head.append("X-Request-Id: ")
                    .append(randomText(random, random.nextInt(300)))
                    .append("\r\n");
        }
        if (random.nextInt(8) == 0) {
            head.append("X-Slack-Request-Timestamp: ")
                    .append(random.nextBoolean() ? "-1" : "99999999999999999999")
                    .append("\r\nX-Slack-Signature: v0=")
                    .append(Long.toHexString(random.nextLong()))
                    .append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, bytes, 0, headBytes.length);
        System.arraycopy(body, 0, bytes, headBytes.length, body.length);
        boolean parsable = contentType.chars().allMatch(c -> c < 128);
        return new HostileRequest(method, path, contentType, bytes, parsable);
    }

    private static byte[] body(Random random) {
        String text = switch (random.nextInt(22)) {
            case 0 -> "";
            case 1 -> "{\"message\": \"How long is the one-shot sequence?\"}";
            case 2 -> "{\"message\": " + randomJsonValue(random) + "}";
            case 3 -> "{\"message\": \"x\", \"conversationId\": " + randomJsonValue(random) + "}";
            case 4 -> "{\"message\": \"x\", \"conversationId\": \"" + id(random) + "\"}";
            case 5 -> "[".repeat(1 + random.nextInt(20_000));
            case 6 -> "{\"a\":".repeat(1 + random.nextInt(5_000)) + "1" + "}".repeat(random.nextInt(5_000));
            case 7 -> "{\"message\": \"" + "a".repeat(random.nextInt(100_000)) + "\"}";
            case 8 -> "{\"message\": \"" + randomText(random, 200) + "\"}";
            case 9 -> "message=%zz&conversationId=%";
            case 10 -> "a=%zz";
            case 11 -> "%" + randomText(random, 3);
            case 12 ->
                "{\"conversationId\": \"" + id(random) + "\", \"turn\": " + randomJsonValue(random) + ", \"rating\": "
                        + randomJsonValue(random) + "}";
            case 13 -> "{\"conversationId\": \"" + id(random) + "\", \"turn\": 1, \"rating\": \"up\"}";
            case 14 -> "null";
            case 15 -> "1e999999999";
            case 16 -> "{\"message\": \"x\", \"message\": \"y\", \"extra\": {\"nested\": [1, 2, {}]}}";
            case 17 -> "--xyz\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\nhi\r\n--xyz--";
            case 18 -> "token=x&team_id=T1&command=%2Foner&text=%zz&payload=%7B";
            case 19 -> "payload=" + randomText(random, 50);
            case 20 -> "{\"message\": \"\\ud800\\udfff\\u0000\\u001b[31m\"}";
            default -> null;
        };
        if (text == null) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            return bytes;
        }
        return text.getBytes(random.nextInt(10) == 0 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
    }

    private static String randomJsonValue(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> "5";
            case 1 -> "-1.5e308";
            case 2 -> "[\"a\"]";
            case 3 -> "{}";
            case 4 -> "true";
            case 5 -> "null";
            case 6 -> "\"\"";
            case 7 -> "99999999999999999999999999";
            case 8 -> "\"" + "\\u0000".repeat(random.nextInt(50)) + "\"";
            default ->
                "\"" + randomText(random, random.nextInt(300)).replace("\\", "").replace("\"", "") + "\"";
        };
    }

    private static String id(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> "a".repeat(random.nextInt(5_000));
            case 2 -> "%2e%2e";
            case 3 -> "-1";
            case 4 -> "http.server.requests";
            default -> Long.toString(random.nextLong());
        };
    }

    // Text with control characters, quotes, backslashes and non-ASCII, including lone surrogates.
    private static String randomText(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(
                    switch (random.nextInt(6)) {
                        case 0 -> (char) random.nextInt(32);
                        case 1 -> (char) (128 + random.nextInt(128));
                        case 2 -> "\"\\{}[]%<>;".charAt(random.nextInt(10));
                        case 3 -> (char) (0xD800 + random.nextInt(0x800));
                        default -> (char) ('a' + random.nextInt(26));
                    });
        }
        return text.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static InputStream hugeJson(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 'a');
        byte[] start = "{\"message\": \"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[size - 2] = '"';
        bytes[size - 1] = '}';
        return new ByteArrayInputStream(bytes);
    }

    private static InputStream chunked(InputStream body) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = body.read(buffer)) > 0) {
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(buffer, 0, n);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return new ByteArrayInputStream(out.toByteArray());
    }
}
