package dev.oner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Starting apps as separate processes, asking them questions over loopback HTTP, and reading their memory. */
final class BenchSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    private BenchSupport() {}

    /** The JDK argument file shipped at the top of the repository, when there is one. */
    static List<String> jvmOptions() {
        Path options = Path.of("jvm.options");
        return Files.exists(options) ? List.of("@" + options.toAbsolutePath()) : List.of();
    }

    /** Calls {@code call} over the questions in turn, {@code warmup} times unmeasured, then measured; sorted nanos. */
    static long[] time(int warmup, int measured, List<String> questions, Consumer<String> call) {
        for (int i = 0; i < warmup; i++) {
            call.accept(questions.get(i % questions.size()));
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            call.accept(questions.get(i % questions.size()));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static List<String> questions() throws IOException {
        try (InputStream in = BenchSupport.class.getResourceAsStream("/eval/holdout-questions.json")) {
            List<String> questions = new ArrayList<>();
            for (JsonNode item : JSON.readTree(in).get("items")) {
                questions.add(item.get("question").asText());
            }
            return questions;
        }
    }

    /** A started app: its process, its port, and how long it took to give its first answer. */
    record App(Process process, int port, long startMillis, long startCpuMillis) implements AutoCloseable {

        long rssMegabytes() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Starts a command and waits, for at most two minutes, until it answers a question. */
    static App start(List<String> command, int port, Path log) throws Exception {
        long started = System.nanoTime();
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OPT_OUT_TRACKING", "true");
        Process process = builder.start();
        HttpClient client = client();
        long deadline = started + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("exited during start; see " + log);
            }
            try {
                if (ask(client, port, "How long is the sequence?", null).statusCode() == 200) {
                    return new App(process, port, (System.nanoTime() - started) / 1_000_000, cpuMillis(process));
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("did not answer within 2 minutes; see " + log);
    }

    /**
     * CPU time the process has used (user + system): on a shared machine, less at the mercy of other work than the
     * wall-clock time.
     */
    static long cpuMillis(Process process) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime are fields 14 and 15 of /proc/PID/stat, in clock ticks (100 a second on Linux).
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    static HttpResponse<String> ask(HttpClient client, int port, String message, String conversationId)
            throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("message", message);
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Latencies of {@code count} questions asked one after another, sorted, in nanoseconds. */
    static long[] sequential(int port, List<String> questions, int count) throws Exception {
        HttpClient client = client();
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            expectOk(ask(client, port, questions.get(i % questions.size()), null));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** What a concurrent load run measured. */
    record Load(int clients, int requests, double seconds, long[] sortedNanos, int errors) {
        double perSecond() {
            return requests / seconds;
        }
    }

    /** {@code total} questions shared among {@code clients} concurrent clients, each on its own connection. */
    static Load concurrent(int port, List<String> questions, int clients, int total) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] nanos = new long[total];
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                HttpClient client = client();
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    try {
                        if (ask(client, port, questions.get(i % questions.size()), null)
                                        .statusCode()
                                != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    nanos[i] = System.nanoTime() - start;
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        return new Load(clients, total, seconds, nanos, errors.get());
    }

    static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6;
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
