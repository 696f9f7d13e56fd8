package dev.oner.bench;

import static dev.oner.bench.BenchSupport.median;
import static dev.oner.bench.BenchSupport.ms;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * oner's packaged jar against the minimal LangChain4j app ({@link MinimalLangChain4jApp}), side by side in one run,
 * oner started with the repository's {@code jvm.options} and the minimal app with the JVM's defaults, both asked the team's held-out questions over loopback
 * HTTP: start to first answer, latency one question at a time (after a warm-up), throughput at 8 and 32 concurrent
 * clients beside the model's raw embedding throughput on 2 threads, and RSS after the load. oner runs with its
 * query-embedding cache off for the comparison; a separate run shows what the cache adds for repeated questions.
 *
 * <p>{@code ./mvnw -Pbench -DskipTests verify} (or {@code -Dbench.starts=5} for more start-ups).
 */
public final class SideBySideBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    private static final int SEQUENTIAL = Integer.getInteger("bench.sequential", 500);
    private static final int LOAD = Integer.getInteger("bench.load", 2000);
    private static final int STARTS = Integer.getInteger("bench.starts", 3);
    private static final int PORT = Integer.getInteger("bench.port", 8390);

    private SideBySideBenchmark() {}

    /** What one side measured. */
    record Side(
            String name,
            long startMillis,
            long startCpuMillis,
            long[] sequential,
            List<BenchSupport.Load> loads,
            long rssMegabytes) {}

    public static void main(String[] args) throws Exception {
        System.setProperty("OPT_OUT_TRACKING", "true");
        Path jar = Path.of(args[0]);
        List<String> questions = BenchSupport.questions();
        Path logs = Files.createDirectories(Path.of("target", "bench"));
        List<String> options = BenchSupport.jvmOptions();
        System.out.printf(
                "%d questions; %d processors; JVM options %s; load average at start %s%n",
                questions.size(),
                Runtime.getRuntime().availableProcessors(),
                options.isEmpty() ? "(none)" : options,
                Files.readString(Path.of("/proc/loadavg")).strip());

        // README's fast start when the build made it: the extracted jar with its class-data sharing archive and the
        // bean definitions Spring AOT generated.
        Path extracted = jar.resolveSibling("app");
        boolean fast = Files.exists(extracted.resolve("oner.jar")) && Files.exists(extracted.resolve("oner.jsa"));
        List<String> onerCommand = new ArrayList<>(List.of(BenchSupport.javaBin()));
        onerCommand.addAll(options);
        if (fast) {
            onerCommand.add("-XX:SharedArchiveFile=" + extracted.resolve("oner.jsa"));
            onerCommand.add("-Dspring.aot.enabled=true");
        }
        onerCommand.addAll(List.of(
                "-jar",
                (fast ? extracted.resolve("oner.jar") : jar).toString(),
                "--server.port=" + PORT,
                "--oner.index.model.query-cache-size=0"));
        List<String> plainCommand = new ArrayList<>(List.of(BenchSupport.javaBin()));
        plainCommand.addAll(options);
        plainCommand.addAll(List.of("-jar", jar.toString(), "--server.port=" + PORT));
        System.out.println("oner starts as: " + String.join(" ", onerCommand));
        // The minimal app runs as its tutorial does, with the JVM's defaults: within oner's bounded heap it cannot
        // even load the model, which LangChain4j reads through byte arrays.
        List<String> minimalCommand = new ArrayList<>(List.of(BenchSupport.javaBin()));
        minimalCommand.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                MinimalLangChain4jApp.class.getName(),
                Integer.toString(PORT + 1)));

        Side minimal = measure("minimal LangChain4j app", minimalCommand, PORT + 1, questions, logs);
        Side oner = measure("oner (query cache off)", onerCommand, PORT, questions, logs);
        long[] plainStarts = new long[STARTS];
        long[] plainCpu = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            try (var started = BenchSupport.start(plainCommand, PORT, logs.resolve("oner-plain-start" + i + ".log"))) {
                plainStarts[i] = started.startMillis();
                plainCpu[i] = started.startCpuMillis();
            }
        }
        double raw = rawEmbeddingThroughput(questions);

        List<String> cachedCommand = new ArrayList<>(onerCommand.subList(0, onerCommand.size() - 2));
        cachedCommand.add("--server.port=" + (PORT + 2));
        BenchSupport.Load cached;
        try (var app = BenchSupport.start(cachedCommand, PORT + 2, logs.resolve("oner-cached.log"))) {
            BenchSupport.sequential(PORT + 2, questions, WARMUP);
            cached = BenchSupport.concurrent(PORT + 2, questions, 8, LOAD);
        }

        System.out.println();
        System.out.printf("%-44s %14s %14s %8s%n", "", "oner", "minimal", "ratio");
        row("start to first answer (median), ms", oner.startMillis, minimal.startMillis);
        row("  CPU used by then (median), ms", oner.startCpuMillis, minimal.startCpuMillis);
        row("  the fat jar, plain java -jar (median), ms", median(plainStarts), minimal.startMillis);
        row("    CPU used by then (median), ms", median(plainCpu), minimal.startCpuMillis);
        row("p50 per question, one at a time, ms", ms(oner.sequential, 0.5), ms(minimal.sequential, 0.5));
        row("p99 per question, one at a time, ms", ms(oner.sequential, 0.99), ms(minimal.sequential, 0.99));
        for (int i = 0; i < oner.loads.size(); i++) {
            BenchSupport.Load a = oner.loads.get(i);
            BenchSupport.Load b = minimal.loads.get(i);
            row("throughput, " + a.clients() + " clients, answers/s", a.perSecond(), b.perSecond());
            row("  p50 under " + a.clients() + " clients, ms", ms(a.sortedNanos(), 0.5), ms(b.sortedNanos(), 0.5));
            row("  p99 under " + a.clients() + " clients, ms", ms(a.sortedNanos(), 0.99), ms(b.sortedNanos(), 0.99));
            if (a.errors() + b.errors() > 0) {
                System.out.printf("  errors: oner %d, minimal %d%n", a.errors(), b.errors());
            }
        }
        row("RSS after the load run, MB", oner.rssMegabytes, minimal.rssMegabytes);
        System.out.printf("%-44s %14.0f%n", "model alone, 2 threads, embeddings/s", raw);
        System.out.printf(
                "%-44s %14.2f   (target >= 0.6)%n",
                "oner at 8 clients / model alone", oner.loads.get(0).perSecond() / raw);
        System.out.printf(
                "%-44s %14.0f   p50 %.2f ms, p99 %.2f ms (the %d questions repeat)%n",
                "oner, query cache on, 8 clients, answers/s",
                cached.perSecond(),
                ms(cached.sortedNanos(), 0.5),
                ms(cached.sortedNanos(), 0.99),
                questions.size());
        System.out.printf(
                "load average at end %s%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static Side measure(String name, List<String> command, int port, List<String> questions, Path logs)
            throws Exception {
        String file = name.replaceAll("\\W+", "-");
        long[] starts = new long[STARTS];
        long[] cpu = new long[STARTS];
        for (int i = 0; i < STARTS - 1; i++) {
            try (var app = BenchSupport.start(command, port, logs.resolve(file + "-start" + i + ".log"))) {
                starts[i] = app.startMillis();
                cpu[i] = app.startCpuMillis();
            }
        }
        try (var app = BenchSupport.start(command, port, logs.resolve(file + ".log"))) {
            starts[STARTS - 1] = app.startMillis();
            cpu[STARTS - 1] = app.startCpuMillis();
            System.out.printf(
                    "%s: started in %d ms (median of %d: %d ms)%n", name, app.startMillis(), STARTS, median(starts));
            BenchSupport.sequential(port, questions, WARMUP);
            long[] sequential = BenchSupport.sequential(port, questions, SEQUENTIAL);
            List<BenchSupport.Load> loads = new ArrayList<>();
            for (int clients : new int[] {8, 32}) {
                loads.add(BenchSupport.concurrent(port, questions, clients, LOAD));
            }
            return new Side(name, median(starts), median(cpu), sequential, loads, app.rssMegabytes());
        }
    }

    /** The embedding model alone, in this process: the ceiling for any app that embeds each question. */
    private static double rawEmbeddingThroughput(List<String> questions) throws Exception {
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String question : questions) {
            model.embed(TextSegment.from(question));
        }
        int perThread = LOAD / 2;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    model.embed(TextSegment.from(questions.get(i % questions.size())));
                }
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        return 2.0 * perThread / ((System.nanoTime() - started) / 1e9);
    }

    private static void row(String what, double oner, double minimal) {
        System.out.printf("%-44s %14.1f %14.1f %7.2fx%n", what, oner, minimal, oner / minimal);
    }
}
