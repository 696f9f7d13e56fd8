package dev.oner.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;

/**
 * Embeds queries with the instruction prefix the model's card prescribes for searching (BGE has one, MiniLM none;
 * documents are embedded without it). LangChain4j's in-process models do not add it themselves; without it BGE
 * ranked the answer sentence first for far fewer questions.
 */
final class QueryPrefixingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    private final String prefix;

    QueryPrefixingEmbeddingModel(EmbeddingModel delegate, String prefix) {
        this.delegate = delegate;
        this.prefix = prefix;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return delegate.embedAll(segments.stream()
                .map(segment -> TextSegment.from(prefix + segment.text(), segment.metadata()))
                .toList());
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
