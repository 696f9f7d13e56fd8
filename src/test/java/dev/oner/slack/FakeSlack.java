package dev.oner.slack;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Slack's Web API and response URLs on a loopback port, speaking their wire format: form-encoded or JSON requests
 * in, {@code {"ok":true,...}} out. Records every call, and fails the next call to a method when told to.
 */
final class FakeSlack implements AutoCloseable {

    static final String TEAM = "T0001";
    static final String BOT_USER = "UBOT";
    static final String BOT_ID = "BBOT";

    private static final ObjectMapper json = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** One request the bot made: the method ("chat.postMessage", or "respond/<name>" for a response URL). */
    record Call(String method, String authorization, JsonNode body, int status) {}

    private record Failure(int status, String body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();

    private FakeSlack(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeSlack start() {
        return start(0);
    }

    /** On a given loopback port, for a Slack that comes back where the bot was told to find it. */
    static FakeSlack start(int port) {
        try {
            return new FakeSlack(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback port where nothing listens now: calls to it are refused until a FakeSlack starts there. */
    static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String apiUrl() {
        return base() + "/api/";
    }

    /** A response URL as Slack puts in commands and interactions; calls to it are recorded as "respond/name". */
    String responseUrl(String name) {
        return base() + "/respond/" + name;
    }

    /** The next call to the method gets this status and body instead of a success. */
    void failNext(String method, int status, String body) {
        failures.computeIfAbsent(method, m -> new ConcurrentLinkedDeque<>()).add(new Failure(status, body));
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    /** Successful chat.postMessage calls to a channel, in a thread (null: outside threads). */
    List<JsonNode> posts(String channel, String threadTs) {
        return calls("chat.postMessage").stream()
                .filter(call -> call.status() == 200)
                .map(Call::body)
                .filter(body -> channel.equals(text(body, "channel")))
                .filter(body -> threadTs == null ? !body.has("thread_ts") : threadTs.equals(text(body, "thread_ts")))
                .toList();
    }

    List<JsonNode> awaitPosts(String channel, String threadTs, int count) {
        await().atMost(PATIENCE).until(() -> posts(channel, threadTs).size() >= count);
        return posts(channel, threadTs);
    }

    JsonNode awaitPost(String channel, String threadTs) {
        return awaitPosts(channel, threadTs, 1).get(0);
    }

    JsonNode awaitCall(String method, Predicate<JsonNode> matching) {
        await().atMost(PATIENCE)
                .until(() -> calls(method).stream().map(Call::body).anyMatch(matching));
        return calls(method).stream()
                .map(Call::body)
                .filter(matching)
                .findFirst()
                .orElseThrow();
    }

    JsonNode awaitResponse(String name) {
        return awaitCall("respond/" + name, body -> true);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = path.startsWith("/api/") ? path.substring("/api/".length()) : path.substring(1);
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode body =
                    contentType != null && contentType.startsWith("application/json") ? json.readTree(raw) : form(raw);
            Deque<Failure> failing = failures.get(method);
            Failure failure = failing == null ? null : failing.poll();
            int status = failure != null ? failure.status() : 200;
            String answer = failure != null ? failure.body() : success(method, body);
            calls.add(new Call(method, exchange.getRequestHeaders().getFirst("Authorization"), body, status));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private String success(String method, JsonNode body) throws IOException {
        ObjectNode answer = json.createObjectNode().put("ok", true);
        switch (method) {
            case "auth.test" ->
                answer.put("url", "https://oner-test.slack.com/")
                        .put("team", "Oner Test")
                        .put("user", "oner")
                        .put("team_id", TEAM)
                        .put("user_id", BOT_USER)
                        .put("bot_id", BOT_ID);
            case "chat.postMessage" ->
                answer.put("channel", text(body, "channel"))
                        .put("ts", "1800000000.%06d".formatted(messages.incrementAndGet()));
            case "chat.postEphemeral" ->
                answer.put("message_ts", "1800000000.%06d".formatted(messages.incrementAndGet()));
            default -> {
                if (!method.startsWith("respond/")) {
                    answer.put("ok", false).put("error", "unknown_method");
                }
            }
        }
        return json.writeValueAsString(answer);
    }

    /** A form body as JSON, its JSON-valued fields (blocks) parsed, so both wire formats read alike. */
    private static JsonNode form(String raw) throws IOException {
        ObjectNode fields = json.createObjectNode();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (name.equals("blocks") || name.equals("attachments")) {
                fields.set(name, json.readTree(value));
            } else {
                fields.put(name, value);
            }
        }
        return fields;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The block with this block_id, or null. */
    static JsonNode block(JsonNode message, String blockId) {
        for (JsonNode block : message.path("blocks")) {
            if (blockId.equals(text(block, "block_id"))) {
                return block;
            }
        }
        return null;
    }

    static List<String> actionIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        block(message, SlackMessages.ACTIONS_BLOCK).path("elements").forEach(e -> ids.add(text(e, "action_id")));
        return ids;
    }

    static String buttonValue(JsonNode message, String actionId) {
        for (JsonNode element : block(message, SlackMessages.ACTIONS_BLOCK).path("elements")) {
            if (actionId.equals(text(element, "action_id"))) {
                return text(element, "value");
            }
        }
        throw new AssertionError("no button " + actionId + " in " + message);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The Events API's outer payload, as Slack delivers an event to this workspace's bot. */
    static String eventCallback(String eventId, ObjectNode event) {
        ObjectNode payload = json.createObjectNode()
                .put("token", "legacy-verification-token")
                .put("team_id", TEAM)
                .put("api_app_id", "A0ONER")
                .put("type", "event_callback")
                .put("event_id", eventId)
                .put("event_time", Instant.now().getEpochSecond());
        payload.set("event", event);
        payload.putArray("authorizations")
                .addObject()
                .put("team_id", TEAM)
                .put("user_id", BOT_USER)
                .put("is_bot", true);
        return payload.toString();
    }
}
