package dev.oner.bench;

import static dev.oner.bench.BenchSupport.ms;

import dev.oner.OfflineMode;
import dev.oner.OnerApplication;
import dev.oner.conversation.ChatService;
import dev.oner.retrieval.SentenceRetriever;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * How oner scales with the article: the article's paragraphs repeated 1, 100 and 1,000 times (synthetic copies),
 * each indexed from scratch (every sentence embedded, Lucene built), then questions answered in process. Prints
 * index build time, retrieval and whole-turn latency per size.
 *
 * <p>{@code ./mvnw -Pbench -DskipTests verify -Dbench.main=ScalingBenchmark} ({@code -Dbench.scales=1,100} for
 * a shorter run).
 */
public final class ScalingBenchmark {

    private static final int WARMUP = 200;
    private static final int MEASURED = 500;

    private ScalingBenchmark() {}

    public static void main(String[] args) throws Exception {
        OfflineMode.enforce();
        List<String> questions = BenchSupport.questions();
        Path folder = Files.createDirectories(Path.of("target", "bench"));
        List<String> article =
                Files.readAllLines(Path.of("src/main/resources/article/extraction-oner.txt"), StandardCharsets.UTF_8);
        System.out.printf(
                "%8s %10s %16s %14s %14s %14s %14s%n",
                "scale", "sentences", "start+index, s", "retrieval p50", "retrieval p99", "turn p50", "turn p99");
        for (String scale : System.getProperty("bench.scales", "1,100,1000").split(",")) {
            int copies = Integer.parseInt(scale.strip());
            Path file = folder.resolve("article-" + copies + "x.txt");
            Files.write(
                    file,
                    java.util.Collections.nCopies(copies, article).stream()
                            .flatMap(List::stream)
                            .toList());
            long started = System.nanoTime();
            try (var context = new SpringApplicationBuilder(OnerApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties(
                            "logging.level.root=warn",
                            "spring.main.banner-mode=off",
                            "oner.slack.enabled=false",
                            "oner.ops.warm-up.questions=0",
                            "oner.index.model.query-cache-size=0",
                            "oner.article.location=file:" + file.toAbsolutePath(),
                            // No committed index fits a synthetic article: every sentence is embedded at start.
                            "oner.index.location=file:"
                                    + folder.resolve("no-index").toAbsolutePath() + "/")
                    .run()) {
                double build = (System.nanoTime() - started) / 1e9;
                int sentences =
                        context.getBean(dev.oner.chunking.ArticleChunks.class).size();
                SentenceRetriever retriever = context.getBean(SentenceRetriever.class);
                ChatService chats = context.getBean(ChatService.class);
                long[] retrieval = BenchSupport.time(WARMUP, MEASURED, questions, retriever::retrieve);
                long[] turn = BenchSupport.time(WARMUP, MEASURED, questions, question -> chats.ask(null, question));
                System.out.printf(
                        "%7dx %10d %16.1f %11.2f ms %11.2f ms %11.2f ms %11.2f ms%n",
                        copies,
                        sentences,
                        build,
                        ms(retrieval, 0.5),
                        ms(retrieval, 0.99),
                        ms(turn, 0.5),
                        ms(turn, 0.99));
            }
        }
        System.out.println(
                "start+index = the whole start of a non-web context, every sentence embedded and BM25 built");
    }
}
