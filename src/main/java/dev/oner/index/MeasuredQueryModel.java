package dev.oner.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;

/**
 * Embeds questions with the model, timing each (the "embed" stage) and keeping the embeddings of recent questions
 * in a bounded cache, so a question asked again skips the model.
 */
final class MeasuredQueryModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    private final Cache<String, Embedding> cache;
    private final Timer timer;

    MeasuredQueryModel(EmbeddingModel delegate, int cacheSize, MeterRegistry meters) {
        this.delegate = delegate;
        this.cache = cacheSize == 0
                ? null
                : Caffeine.newBuilder().maximumSize(cacheSize).build();
        this.timer = Timer.builder("oner.stage")
                .description("Time spent in each stage of answering a question")
                .tag("stage", "embed")
                .publishPercentileHistogram()
                .register(meters);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (cache == null || segments.size() != 1) {
            return timer.record(() -> delegate.embedAll(segments));
        }
        return timer.record(() -> Response.from(List.of(cache.get(
                segments.get(0).text(),
                text -> delegate.embedAll(segments).content().get(0)))));
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }
}
