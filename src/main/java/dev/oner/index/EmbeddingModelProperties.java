package dev.oner.index;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the ONNX model runs and how its query embeddings are kept (README, "Benchmarks", has the measurements).
 *
 * @param intraOpThreads threads ONNX Runtime uses inside one embedding; its default is one per core, which on a
 *     small machine only makes concurrent questions fight for the same cores
 * @param spinWait whether ONNX Runtime's threads spin between operations instead of sleeping: it saves a little
 *     latency at the price of a whole core burnt per busy thread
 * @param queryCacheSize questions whose embeddings are kept, the least recently asked forgotten first (0: none).
 *     A repeated question then skips the model, which is most of its time
 * @param name which of LangChain4j's in-process models embeds the article and the questions (README, "How answers
 *     are found", compares them); the index manifest names it, so each model gets its own cached index
 */
@ConfigurationProperties("oner.index.model")
record EmbeddingModelProperties(
        @Positive @DefaultValue("1") int intraOpThreads,
        @DefaultValue("false") boolean spinWait,
        @PositiveOrZero @DefaultValue("1024") int queryCacheSize,

        @NotNull @Pattern(regexp = InProcessModel.NAMES) @DefaultValue("all-minilm-l6-v2-q")
        String name) {

    InProcessModel kind() {
        return InProcessModel.named(name);
    }
}
