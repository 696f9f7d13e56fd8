package dev.oner.answer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language model server on a loopback port, speaking OpenAI's chat completions ({@code POST /v1/chat/completions},
 * plain JSON or {@code stream: true} Server-Sent Events) and Ollama's {@code POST /api/chat} (plain JSON or NDJSON
 * lines), replying from a script: each request takes the next scripted reply, or the default one. Records every
 * request.
 */
public final class FakeModelServer implements AutoCloseable {

    private static final ObjectMapper json = new ObjectMapper();
    private static final Pattern NUMBERED = Pattern.compile("^\\[(\\d+)] (.*)$", Pattern.MULTILINE);

    /** What the bot sent: the path, whether it asked for a stream, and its messages' text. */
    public record Request(String path, boolean stream, String system, String user) {

        /** The number the prompt gave the sentence containing this text. */
        public int numberOf(String containing) {
            Matcher line = NUMBERED.matcher(user);
            while (line.find()) {
                if (line.group(2).contains(containing)) {
                    return Integer.parseInt(line.group(1));
                }
            }
            throw new AssertionError("No numbered sentence contains '" + containing + "' in:\n" + user);
        }

        public String sentence(int n) {
            Matcher line = NUMBERED.matcher(user);
            while (line.find()) {
                if (Integer.parseInt(line.group(1)) == n) {
                    return line.group(2);
                }
            }
            throw new AssertionError("No sentence " + n);
        }

        public int sentences() {
            return (int) NUMBERED.matcher(user).results().count();
        }
    }

    /**
     * One scripted reply.
     *
     * @param status HTTP status
     * @param headers extra response headers
     * @param delay how long to wait before answering at all
     * @param tokens the completion, in the pieces a stream sends (joined for a plain reply)
     * @param tokenDelay pause between streamed pieces
     * @param raw when not null, sent as the body instead of a well-formed reply
     */
    public record Reply(
            int status,
            Map<String, String> headers,
            Duration delay,
            List<String> tokens,
            Duration tokenDelay,
            String raw) {

        public static Reply text(String completion) {
            List<String> tokens = new ArrayList<>();
            // Word by word, as a model streams.
            for (String piece : completion.split("(?<= )")) {
                tokens.add(piece);
            }
            return new Reply(200, Map.of(), Duration.ZERO, tokens, Duration.ZERO, null);
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(
                    status, headers, Duration.ZERO, List.of(), Duration.ZERO, "{\"error\":{\"message\":\"scripted\"}}");
        }

        public static Reply raw(String body) {
            return new Reply(200, Map.of(), Duration.ZERO, List.of(), Duration.ZERO, body);
        }

        public Reply after(Duration wait) {
            return new Reply(status, headers, wait, tokens, tokenDelay, raw);
        }

        public Reply everyToken(Duration pause) {
            return new Reply(status, headers, delay, tokens, pause, raw);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Function<Request, Reply>> script = new ConcurrentLinkedDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> fallback = request -> Reply.text("Scripted default reply.");
    private final List<Long> firstTokenNanos = new CopyOnWriteArrayList<>();
    private final List<long[]> timeline = new CopyOnWriteArrayList<>();

    private FakeModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeModelServer start() {
        try {
            return new FakeModelServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String openAiUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    public String ollamaUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The next request gets this reply. */
    public FakeModelServer then(Function<Request, Reply> reply) {
        script.addLast(reply);
        return this;
    }

    public FakeModelServer then(Reply reply) {
        return then(request -> reply);
    }

    /** Every request without a scripted reply gets this one. */
    public void byDefault(Function<Request, Reply> reply) {
        fallback = reply;
    }

    public void reset() {
        script.clear();
        requests.clear();
        firstTokenNanos.clear();
        timeline.clear();
        fallback = request -> Reply.text("Scripted default reply.");
    }

    /** For each streamed reply, the server's own time from reading the request to sending the first token. */
    public List<Long> firstTokenNanos() {
        return List.copyOf(firstTokenNanos);
    }

    /** For each streamed reply, {@link System#nanoTime()} when its request was read and its first token sent. */
    public List<long[]> timeline() {
        return List.copyOf(timeline);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        try (exchange) {
            JsonNode body = json.readTree(exchange.getRequestBody());
            String path = exchange.getRequestURI().getPath();
            boolean ollama = path.equals("/api/chat");
            // Ollama streams unless told not to; OpenAI only when asked.
            boolean stream = ollama
                    ? body.path("stream").asBoolean(true)
                    : body.path("stream").asBoolean(false);
            StringBuilder system = new StringBuilder();
            StringBuilder user = new StringBuilder();
            for (JsonNode message : body.path("messages")) {
                (message.path("role").asText().equals("system") ? system : user)
                        .append(message.path("content").asText())
                        .append('\n');
            }
            Request request = new Request(path, stream, system.toString(), user.toString());
            requests.add(request);
            Function<Request, Reply> next = script.pollFirst();
            Reply reply = (next == null ? fallback : next).apply(request);
            pause(reply.delay());
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (reply.raw() != null || reply.status() != 200) {
                byte[] bytes = (reply.raw() == null ? "" : reply.raw()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
                exchange.getResponseBody().write(bytes);
                return;
            }
            if (!stream) {
                byte[] bytes = json.writeValueAsBytes(
                        ollama ? ollamaChunk(String.join("", reply.tokens()), true) : openAiPlain(reply));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", ollama ? "application/x-ndjson" : "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < reply.tokens().size(); i++) {
                if (i > 0) {
                    pause(reply.tokenDelay());
                }
                String token = reply.tokens().get(i);
                write(out, ollama ? ollamaLine(ollamaChunk(token, false)) : sse(openAiChunk(token, null)));
                if (i == 0) {
                    long sent = System.nanoTime();
                    firstTokenNanos.add(sent - received);
                    timeline.add(new long[] {received, sent});
                }
            }
            write(
                    out,
                    ollama ? ollamaLine(ollamaChunk("", true)) : sse(openAiChunk(null, "stop")) + "data: [DONE]\n\n");
        } catch (IOException | RuntimeException e) {
            // The client went away (a time-out on its side): nothing more to send.
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String sse(ObjectNode data) throws IOException {
        return "data: " + json.writeValueAsString(data) + "\n\n";
    }

    private static String ollamaLine(ObjectNode data) throws IOException {
        return json.writeValueAsString(data) + "\n";
    }

    private static ObjectNode openAiPlain(Reply reply) {
        ObjectNode body = json.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion")
                .put("created", 1_700_000_000)
                .put("model", "fake");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", String.join("", reply.tokens()));
        body.putObject("usage")
                .put("prompt_tokens", 10)
                .put("completion_tokens", 10)
                .put("total_tokens", 20);
        return body;
    }

    private static ObjectNode openAiChunk(String token, String finishReason) {
        ObjectNode body = json.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000)
                .put("model", "fake");
        ArrayNode choices = body.putArray("choices");
        ObjectNode choice = choices.addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (token != null) {
            delta.put("content", token);
        }
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return body;
    }

    private static ObjectNode ollamaChunk(String content, boolean done) {
        ObjectNode body = json.createObjectNode().put("model", "fake").put("created_at", "2026-01-01T00:00:00Z");
        body.putObject("message").put("role", "assistant").put("content", content);
        body.put("done", done);
        if (done) {
            body.put("done_reason", "stop")
                    .put("total_duration", 1)
                    .put("prompt_eval_count", 10)
                    .put("eval_count", 10);
        }
        return body;
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
