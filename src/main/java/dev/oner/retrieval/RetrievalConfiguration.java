package dev.oner.retrieval;

import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.router.DefaultQueryRouter;
import dev.oner.chunking.ArticleChunks;
import dev.oner.index.DenseIndex;
import dev.oner.index.KeywordIndex;
import dev.oner.index.People;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RetrievalConfiguration {

    /** The offline follow-up resolver; a language model's rewriter, when one is configured, is the primary one. */
    @Bean
    FollowUpResolver followUpResolver(People people) {
        return new FollowUpResolver(people);
    }

    @Bean
    SentenceRetriever sentenceRetriever(
            DenseIndex dense,
            KeywordIndex keyword,
            ArticleChunks chunks,
            RetrievalProperties properties,
            MeterRegistry meters) {
        var timers = new StageTimers(meters);
        var denseRetriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(dense.store())
                .embeddingModel(dense.queryModel())
                .maxResults(properties.maxResults())
                .minScore(0.0)
                .displayName("dense")
                .build();
        var keywordRetriever = new KeywordContentRetriever(keyword, chunks, properties.maxResults());
        var augmentor = DefaultRetrievalAugmentor.builder()
                // The aggregator names the router's lists in this same order.
                .queryRouter(new DefaultQueryRouter(
                        timers.timed("dense", denseRetriever), timers.timed("bm25", keywordRetriever)))
                .contentAggregator(timers.timed(
                        "fusion",
                        new HybridContentAggregator(
                                List.of(RetrievedSentence.DENSE, RetrievedSentence.KEYWORD), properties.fusionK())))
                // Both retrievers answer in a few milliseconds: running them on the caller's thread beats a hop.
                .executor(Runnable::run)
                // Only the retrieved contents are read (SentenceRetriever): the default injector would render its
                // prompt template around them for every question, 7% of a question's allocation, never used.
                .contentInjector((contents, message) -> message)
                .build();
        return new SentenceRetriever(augmentor);
    }
}
