package dev.oner.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import dev.oner.chunking.SentenceChunk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HybridContentAggregatorTest {

    private final HybridContentAggregator aggregator =
            new HybridContentAggregator(List.of(RetrievedSentence.DENSE, RetrievedSentence.KEYWORD), 60);

    @Test
    void should_rank_by_reciprocal_rank_and_keep_each_retrievers_score() {
        Content a = content(0, 0.8);
        Content b = content(1, 0.7);
        Content c = content(2, 0.6);
        List<Content> dense = List.of(a, b, c);
        List<Content> keyword = List.of(content(2, 4.0), content(1, 2.0));

        List<RetrievedSentence> fused = aggregator.aggregate(Map.of(Query.from("q"), List.of(dense, keyword))).stream()
                .map(RetrievedSentence::from)
                .toList();

        assertThat(fused).extracting(found -> found.sentence().index()).containsExactly(2, 1, 0);
        RetrievedSentence top = fused.get(0);
        assertThat(top.denseScore()).isEqualTo(0.6);
        assertThat(top.keywordScore()).isEqualTo(4.0);
        assertThat(top.fusedScore()).isEqualTo(1.0 / 63 + 1.0 / 61);
        RetrievedSentence onlyDense = fused.get(2);
        assertThat(onlyDense.keywordScore()).isZero();
        assertThat(onlyDense.sentence().text()).isEqualTo("sentence 0");
    }

    private static Content content(int index, double score) {
        var sentence = new SentenceChunk(index, 1, index * 20, index * 20 + 10, "sentence " + index);
        return Content.from(sentence.toSegment(), Map.of(ContentMetadata.SCORE, score));
    }
}
