package dev.oner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * README's fast start, as built by {@code ./mvnw package}: the extracted jar with its class-data sharing archive and
 * the bean definitions Spring AOT generated answers, and the JVM really maps the archive; an archive that does not fit
 * (here the fat jar's class path) only costs speed, with nothing printed about it; and settings that turn on what the
 * build processed as off (Slack) still take effect, by the ordinary start.
 */
class FastStartIT {

    private static final Path ARCHIVE = Path.of("target", "app", "oner.jsa");
    private static final Path EXTRACTED = Path.of("target", "app", "oner.jar");
    private static final String AHEAD_OF_TIME = "-Dspring.aot.enabled=true";

    @Test
    void should_answer_from_the_extracted_jar_with_the_class_data_archive_mapped() throws Exception {
        Path classes = Path.of("target", "instances", "fast-start-classes.log");
        try (var app =
                App.start("fast-start", EXTRACTED, Map.of(), AHEAD_OF_TIME, "-Xlog:class+load:file=" + classes)) {
            assertThat(app.askedOnce()).isEqualTo(200);
            assertThat(app.mapsArchive()).isTrue();
            assertThat(app.output())
                    .contains("Starting AOT-processed OnerApplication")
                    .doesNotContainIgnoringCase("warning")
                    .doesNotContain(" WARN ");
        }
        // The build's training start answered questions before it wrote the archive: what the question path loads
        // (here Tomcat's request) comes from the archive too, and few classes are left to load from the jars.
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded)
                .filteredOn(line -> line.contains(" org.apache.catalina.connector.RequestFacade "))
                .singleElement()
                .asString()
                .contains("source: shared objects file");
        assertThat(loaded)
                .filteredOn(line -> !line.contains("shared objects file"))
                .hasSizeLessThan(1_000);
    }

    @Test
    void should_start_slack_the_ordinary_way_when_the_build_processed_it_as_off() throws Exception {
        var slack = Map.of(
                "SLACK_BOT_TOKEN", "xoxb-fast-start",
                "SLACK_SIGNING_SECRET", "fast-start-secret",
                // Nothing listens there: the token check fails in the background, which the endpoint does not need.
                "SLACK_API_URL", "http://127.0.0.1:9/api/");
        try (var app = App.start("fast-start-slack", EXTRACTED, slack, AHEAD_OF_TIME)) {
            assertThat(app.output())
                    .contains("Starting without the ahead-of-time processed beans (slower): Slack is on")
                    .doesNotContain("Starting AOT-processed");
            // Slack's endpoint exists and checks signatures: an unsigned request is refused, not unknown (404).
            assertThat(app.postedUnsigned("/slack/events")).isEqualTo(401);
            assertThat(app.askedOnce()).isEqualTo(200);
        }
    }

    @Test
    void should_answer_without_a_word_when_the_archive_does_not_fit() throws Exception {
        try (var app = App.start("stale-archive", fatJar(), Map.of())) {
            assertThat(app.askedOnce()).isEqualTo(200);
            assertThat(app.mapsArchive()).isFalse();
            assertThat(app.output()).doesNotContainIgnoringCase("warning").doesNotContain(" WARN ");
        }
    }

    private static Path fatJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("oner-.*\\.jar"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private record App(Process process, int port, Path log) implements AutoCloseable {

        static App start(String name, Path jar, Map<String, String> environment, String... jvmOptions)
                throws Exception {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Files.createDirectories(Path.of("target", "instances")).resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@jvm.options",
                    "-XX:SharedArchiveFile=" + ARCHIVE));
            command.addAll(List.of(jvmOptions));
            command.addAll(List.of(
                    "-jar",
                    jar.toString(),
                    "--server.port=" + port,
                    "--oner.data-dir=./target/instances/" + name + "-data"));
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("OPT_OUT_TRACKING", "true");
            builder.environment().putAll(environment);
            var app = new App(builder.start(), port, log);
            app.awaitReady();
            return app;
        }

        int askedOnce() throws Exception {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"What is this about?\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        }

        int postedUnsigned(String path) throws Exception {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"type\":\"url_verification\",\"challenge\":\"c\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        boolean mapsArchive() throws IOException {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "maps"))
                    .contains(ARCHIVE.getFileName().toString());
        }

        String output() throws IOException {
            return Files.readString(log);
        }

        private void awaitReady() throws Exception {
            var client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("exited at start; see " + log);
                }
                try {
                    var ready = HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                            .build();
                    if (client.send(ready, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // Starting.
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("not ready within 2 minutes; see " + log);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
