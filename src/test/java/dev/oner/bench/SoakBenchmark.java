package dev.oner.bench;

import static dev.oner.bench.BenchSupport.ms;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 50,000 questions to the packaged jar (started with {@code jvm.options}) over 5,000 conversations of 10 turns (a
 * question, then follow-ups in the same conversation) from 8 concurrent clients. Prints errors and RSS after the
 * warm-up (the first 5,000) and every 5,000 after; RSS growth after warm-up must stay under 10%. The app forgets
 * conversations idle for 10 s, so its store holds only the running ones.
 *
 * <p>{@code ./mvnw -Pbench -DskipTests verify -Dbench.main=SoakBenchmark}
 */
public final class SoakBenchmark {

    private static final int TOTAL = Integer.getInteger("bench.soak.requests", 50_000);
    private static final int TURNS = 10;
    private static final int CLIENTS = 8;
    private static final int SAMPLE_EVERY = TOTAL / 10;
    // The store remembers a conversation for 2 hours by default, so a soak of minutes would only show it filling up
    // (about 8 KB a conversation, bounded by its 10,000). Forgetting idle ones after seconds keeps only the running
    // ones: growth after the warm-up then shows leaks, not conversations legitimately remembered.
    private static final String IDLE_EXPIRY = "10s";
    private static final int PORT = Integer.getInteger("bench.port", 8390) + 3;

    private SoakBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("OPT_OUT_TRACKING", "true");
        List<String> questions = BenchSupport.questions();
        Path logs = Files.createDirectories(Path.of("target", "bench"));
        List<String> command = new ArrayList<>(List.of(BenchSupport.javaBin()));
        command.addAll(BenchSupport.jvmOptions());
        command.addAll(
                List.of("-jar", args[0], "--server.port=" + PORT, "--oner.conversation.idle-expiry=" + IDLE_EXPIRY));
        try (var app = BenchSupport.start(command, PORT, logs.resolve("oner-soak.log"))) {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            long[] nanos = new long[TOTAL];
            List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(pool.submit(() -> {
                    HttpClient client = BenchSupport.client();
                    String conversation = null;
                    for (int i = next.getAndIncrement(); i < TOTAL; i = next.getAndIncrement()) {
                        if (i % TURNS == 0) {
                            conversation = null;
                        }
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> reply =
                                    BenchSupport.ask(client, PORT, questions.get(i % questions.size()), conversation);
                            if (reply.statusCode() == 200) {
                                JsonNode body = BenchSupport.JSON.readTree(reply.body());
                                conversation = body.get("conversationId").asText();
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        nanos[i] = System.nanoTime() - start;
                        if ((i + 1) % SAMPLE_EVERY == 0) {
                            samples.add(new long[] {i + 1, app.rssMegabytes()});
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;
            samples.sort((a, b) -> Long.compare(a[0], b[0]));
            Arrays.sort(nanos);
            System.out.printf(
                    "%d questions in %d conversations, %d clients, %.0f s (%.0f/s): %d errors; p50 %.2f ms, p99 %.2f ms%n",
                    TOTAL,
                    TOTAL / TURNS,
                    CLIENTS,
                    seconds,
                    TOTAL / seconds,
                    errors.get(),
                    ms(nanos, 0.5),
                    ms(nanos, 0.99));
            for (long[] sample : samples) {
                System.out.printf("  after %6d questions: RSS %d MB%n", sample[0], sample[1]);
            }
            long afterWarmUp = samples.get(0)[1];
            long end = samples.get(samples.size() - 1)[1];
            System.out.printf(
                    "RSS growth after warm-up: %d -> %d MB, %+.1f%% (target < 10%%)%n",
                    afterWarmUp, end, 100.0 * (end - afterWarmUp) / afterWarmUp);
        }
    }
}
