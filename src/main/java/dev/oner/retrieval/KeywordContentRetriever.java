package dev.oner.retrieval;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.oner.chunking.ArticleChunks;
import dev.oner.index.KeywordIndex;
import java.util.List;
import java.util.Map;

/** BM25 keyword retrieval over the article's sentences, shaped as a LangChain4j {@link ContentRetriever}. */
final class KeywordContentRetriever implements ContentRetriever {

    private final KeywordIndex index;
    private final ArticleChunks chunks;
    private final int maxResults;

    KeywordContentRetriever(KeywordIndex index, ArticleChunks chunks, int maxResults) {
        this.index = index;
        this.chunks = chunks;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        return index.search(query.text(), maxResults).stream()
                .map(hit -> Content.from(
                        chunks.get(hit.sentence()).toSegment(), Map.of(ContentMetadata.SCORE, hit.score())))
                .toList();
    }
}
