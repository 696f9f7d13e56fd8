package dev.oner.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.oner.OfflineMode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The support threshold against the labelled examples it was chosen on ({@code grounding/labelled-claims.json}):
 * prints each example's support and the accuracy at every candidate threshold, so that re-running this test after a
 * change to the check or the examples shows where the threshold should move.
 */
class GroundingThresholdTest {

    record Scored(String kind, boolean supported, double support, String claim) {}

    static List<Scored> scored;

    @BeforeAll
    static void score() throws Exception {
        OfflineMode.enforce();
        var check = new GroundingCheck(
                new AllMiniLmL6V2QuantizedEmbeddingModel(), Prompts.load(new DefaultResourceLoader()), 0);
        JsonNode examples;
        try (InputStream in = GroundingThresholdTest.class.getResourceAsStream("/grounding/labelled-claims.json")) {
            examples = new ObjectMapper().readTree(in).get("examples");
        }
        scored = new ArrayList<>();
        for (JsonNode example : examples) {
            List<String> cited = new ArrayList<>();
            example.get("cited").forEach(sentence -> cited.add(sentence.asText()));
            GroundingCheck.Support support = check.support(example.get("claim").asText(), cited);
            scored.add(new Scored(
                    example.get("kind").asText(),
                    example.get("supported").asBoolean(),
                    support.value(),
                    example.get("claim").asText()));
            System.out.printf(
                    "%-5s %-20s dense %.3f overlap %.3f support %.3f  %s%n",
                    example.get("supported").asBoolean(),
                    example.get("kind").asText(),
                    support.dense(),
                    support.overlap(),
                    support.value(),
                    example.get("claim").asText());
        }
        for (double threshold = 0.40; threshold <= 0.85; threshold += 0.02) {
            System.out.printf("threshold %.2f: accuracy %.3f%n", threshold, accuracy(threshold));
        }
    }

    static double accuracy(double threshold) {
        long right = scored.stream()
                .filter(example -> (example.support() >= threshold) == example.supported())
                .count();
        return right / (double) scored.size();
    }

    static double configuredThreshold() {
        return new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("oner.llm", LlmProperties.class)
                .minSupport();
    }

    @Test
    void should_classify_nearly_all_labelled_examples_at_the_configured_threshold() {
        double threshold = configuredThreshold();

        assertThat(accuracy(threshold)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void should_use_a_threshold_no_worse_than_the_best_one_on_the_examples() {
        double best = 0;
        for (double threshold = 0.30; threshold <= 0.95; threshold += 0.005) {
            best = Math.max(best, accuracy(threshold));
        }

        assertThat(accuracy(configuredThreshold())).isGreaterThanOrEqualTo(best - 0.02);
    }
}
