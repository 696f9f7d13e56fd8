package dev.oner.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;

/**
 * The sentences' embeddings and the model that embeds queries against them.
 *
 * @param store one entry per sentence, its segment carrying the sentence's place in the article
 * @param queryModel embeds questions the way this store expects (with the model's query prefix)
 */
public record DenseIndex(EmbeddingStore<TextSegment> store, EmbeddingModel queryModel) {}
