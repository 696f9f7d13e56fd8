package dev.oner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oner.OfflineMode;
import dev.oner.OnerApplication;
import dev.oner.conversation.ChatService;
import dev.oner.retrieval.SentenceRetriever;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Times the answer pipeline in process, without HTTP: retrieval alone, and a whole turn (retrieve, answer,
 * remember). Prints percentiles over every question of the held-out set, asked round-robin.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.oner.bench.AnswerBenchmark}
 */
public final class AnswerBenchmark {

    private static final int WARMUP = 300;
    private static final int MEASURED = 2000;

    private AnswerBenchmark() {}

    public static void main(String[] args) throws Exception {
        OfflineMode.enforce();
        List<String> questions = questions();
        try (var context = new SpringApplicationBuilder(OnerApplication.class)
                .web(WebApplicationType.NONE)
                .properties("logging.level.root=warn", "spring.main.banner-mode=off", "oner.slack.enabled=false")
                .run()) {
            ChatService chats = context.getBean(ChatService.class);
            SentenceRetriever retriever = context.getBean(SentenceRetriever.class);
            System.out.printf(
                    "%d questions, %d warm-up and %d measured calls each, %d processors%n",
                    questions.size(), WARMUP, MEASURED, Runtime.getRuntime().availableProcessors());
            report(
                    "retrieval (dense + BM25 + fusion)",
                    BenchSupport.time(WARMUP, MEASURED, questions, retriever::retrieve));
            report(
                    "whole turn (new conversation)",
                    BenchSupport.time(WARMUP, MEASURED, questions, question -> chats.ask(null, question)));
        }
    }

    private static void report(String what, long[] sorted) {
        double total = Arrays.stream(sorted).sum() / 1e9;
        System.out.printf(
                "%-36s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms  %6.0f calls/s on one thread%n",
                what,
                ms(sorted, 0.50),
                ms(sorted, 0.95),
                ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6,
                sorted.length / total);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6;
    }

    private static List<String> questions() throws Exception {
        try (InputStream in = AnswerBenchmark.class.getResourceAsStream("/eval/holdout-questions.json")) {
            List<String> questions = new ArrayList<>();
            for (JsonNode item : new ObjectMapper().readTree(in).get("items")) {
                questions.add(item.get("question").asText());
            }
            return questions;
        }
    }
}
