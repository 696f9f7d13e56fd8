package dev.oner.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.oner.chunking.SentenceChunk;

/**
 * A sentence found for a question, with the evidence for it.
 *
 * @param sentence the sentence and its place in the article
 * @param fusedScore reciprocal-rank fusion of both rankings
 * @param denseScore cosine similarity to the question, or 0 when the dense retriever did not return it
 * @param keywordScore BM25 score, or 0 when no question word occurs in it
 */
public record RetrievedSentence(SentenceChunk sentence, double fusedScore, double denseScore, double keywordScore) {

    static final String DENSE = "denseScore";
    static final String KEYWORD = "keywordScore";

    static RetrievedSentence from(Content content) {
        TextSegment segment = content.textSegment();
        Double dense = segment.metadata().getDouble(DENSE);
        Double keyword = segment.metadata().getDouble(KEYWORD);
        return new RetrievedSentence(
                SentenceChunk.from(segment),
                ((Number) content.metadata().get(ContentMetadata.SCORE)).doubleValue(),
                dense == null ? 0 : dense,
                keyword == null ? 0 : keyword);
    }
}
