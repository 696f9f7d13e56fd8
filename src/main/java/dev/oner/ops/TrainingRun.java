package dev.oner.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * The build's training start for class-data sharing ({@code oner.ops.training-run}, README "Start-up"): once the
 * app is ready it asks itself, over HTTP, what its first users ask (the page and its scripts, the article, a few
 * questions and a follow-up, a streamed answer, a malformed request, the probes and metrics) and then exits, so the
 * JVM's {@code -XX:ArchiveClassesAtExit} archive also holds the classes of the request path (Tomcat's, the JSON
 * and validation path, the conversation store, Lucene's search), which otherwise load while the first question is
 * answered. Plain {@link HttpURLConnection}, not an HTTP client library, so the archive gains no client classes.
 */
final class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    private static final int QUESTIONS = 6;
    private static final int TIMEOUT_MILLIS = 60_000;

    private final ArticleChunks chunks;
    private final ObjectMapper json;
    private final boolean enabled;

    TrainingRun(ArticleChunks chunks, ObjectMapper json, boolean enabled) {
        this.chunks = chunks;
        this.json = json;
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (!enabled) {
            return; // an ordinary start
        }
        var context = ready.getApplicationContext();
        int status = 0;
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            try {
                train("http://127.0.0.1:" + web.getWebServer().getPort());
            } catch (IOException | RuntimeException e) {
                log.error("Training run failed", e);
                status = 1;
            }
        }
        int exitStatus = status;
        System.exit(SpringApplication.exit(context, () -> exitStatus));
    }

    private void train(String base) throws IOException {
        for (String path : List.of(
                "/", "/js/app.js", "/css/app.css", "/api/article", "/actuator/health/readiness", "/actuator/info")) {
            request(base + path, "GET", null);
        }
        List<String> questions = new ArrayList<>(List.of("What is this article about?"));
        chunks.sentences().stream()
                .limit(QUESTIONS)
                .map(SentenceChunk::text)
                .map(sentence -> "What does the article say about " + sentence + "?")
                .forEach(questions::add);
        String conversation = null;
        for (String question : questions) {
            String reply = request(base + "/api/chat", "POST", body(question, conversation));
            if (conversation == null) {
                conversation = json.readTree(reply).path("conversationId").asText(null);
            }
        }
        request(base + "/api/chat/stream", "POST", body(questions.get(0), null));
        request(base + "/api/chat", "POST", "{\"message\": 42}");
        request(base + "/actuator/prometheus", "GET", null);
        log.info("Training run: asked {} questions", questions.size() + 1);
    }

    private String body(String question, String conversation) throws IOException {
        return json.writeValueAsString(
                conversation == null
                        ? Map.of("message", question)
                        : Map.of("message", question, "conversationId", conversation));
    }

    private static String request(String url, String method, String body) throws IOException {
        var connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try {
            // A training start that hangs would hang the build: give up and fail it instead.
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            connection.setRequestMethod(method);
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url, e);
        } finally {
            connection.disconnect();
        }
    }
}
