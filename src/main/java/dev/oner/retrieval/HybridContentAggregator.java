package dev.oner.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.aggregator.ContentAggregator;
import dev.langchain4j.rag.query.Query;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses the rankings of several retrievers by reciprocal rank, as LangChain4j's {@code ReciprocalRankFuser} does,
 * but with a configurable constant and keeping what that fuser drops: the fused score, and each retriever's own
 * score stamped on the segment's metadata under the retriever's name. The answerer needs them to tell a real
 * answer from the least bad sentence.
 *
 * <p>Lists arrive in the query router's order, which {@code DefaultRetrievalAugmentor} preserves; {@code sources}
 * names them in that order.
 */
final class HybridContentAggregator implements ContentAggregator {

    private final List<String> sources;
    private final int k;

    HybridContentAggregator(List<String> sources, int k) {
        this.sources = List.copyOf(sources);
        this.k = k;
    }

    @Override
    public List<Content> aggregate(Map<Query, Collection<List<Content>>> queryToContents) {
        Map<TextSegment, Fused> fused = new LinkedHashMap<>();
        for (Collection<List<Content>> lists : queryToContents.values()) {
            int source = 0;
            for (List<Content> list : lists) {
                String name = sources.get(source++ % sources.size());
                for (int rank = 1; rank <= list.size(); rank++) {
                    Content content = list.get(rank - 1);
                    Fused entry = fused.computeIfAbsent(content.textSegment(), Fused::new);
                    entry.score += 1.0 / (k + rank);
                    if (content.metadata().get(ContentMetadata.SCORE) instanceof Number score) {
                        entry.metadata.put(name, score.doubleValue());
                    }
                }
            }
        }
        return fused.values().stream()
                .sorted(Comparator.comparingDouble((Fused entry) -> entry.score).reversed())
                .map(entry -> Content.from(
                        TextSegment.from(entry.text, entry.metadata), Map.of(ContentMetadata.SCORE, entry.score)))
                .toList();
    }

    private static final class Fused {
        private final String text;
        private final Metadata metadata;
        private double score;

        Fused(TextSegment segment) {
            this.text = segment.text();
            this.metadata = segment.metadata().copy();
        }
    }
}
