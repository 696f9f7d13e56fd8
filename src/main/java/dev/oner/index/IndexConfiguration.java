package dev.oner.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.oner.article.Article;
import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.ChunkingProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

    static final String SENTENCE_SPLITTER = "langchain4j DocumentBySentenceSplitter (OpenNLP en-ud-ewt 1.2-2.5.0)";

    @Bean
    EmbeddingIndexLoader embeddingIndexLoader(
            Article article,
            ArticleChunks chunks,
            ChunkingProperties chunking,
            IndexProperties properties,
            EmbeddingModelProperties modelProperties,
            ObjectProvider<PreloadedModel> preloaded,
            ObjectMapper json) {
        // Opened on its own thread since the start (ModelPreloader); here only when no preloader ran.
        PreloadedModel loading = preloaded.getIfAvailable();
        EmbeddingModel model = loading != null
                ? loading.model(modelProperties)
                : new OnnxEmbeddingModel(Runnable::run, modelProperties);
        return new EmbeddingIndexLoader(
                model,
                modelProperties.kind().modelName(),
                article,
                chunks,
                SENTENCE_SPLITTER,
                chunking.fragmentStart(),
                new WordNetLexicon(
                        properties.lexiconSenses(), properties.lexiconMaxSenses(), properties.lexiconKindLevels()),
                properties.minProbeCosine(),
                json);
    }

    @Bean
    EmbeddingIndexLoader.StoredIndex storedIndex(
            EmbeddingIndexLoader loader, ResourceLoader resources, IndexProperties properties) {
        return loader.load(resources, properties.location(), properties.cacheDir());
    }

    @Bean
    DenseIndex denseIndex(
            EmbeddingIndexLoader loader,
            EmbeddingIndexLoader.StoredIndex stored,
            IndexProperties properties,
            EmbeddingModelProperties modelProperties,
            MeterRegistry meters) {
        var queryModel = new MeasuredQueryModel(
                new QueryPrefixingEmbeddingModel(loader.model(), properties.queryPrefix(modelProperties.kind())),
                modelProperties.queryCacheSize(),
                meters);
        return new DenseIndex(stored.store(), queryModel);
    }

    /** {@code /actuator/info}: which model and which index the app answers from. */
    @Bean
    InfoContributor indexInfo(EmbeddingIndexLoader loader, EmbeddingModelProperties modelProperties) {
        return info -> info.withDetail(
                "index",
                Map.of(
                        "manifest",
                        loader.expectedManifest(),
                        "model",
                        modelProperties,
                        "model-name",
                        modelProperties.name()));
    }

    @Bean
    People people(ArticleChunks chunks) {
        return People.of(chunks);
    }

    @Bean
    KeywordIndex keywordIndex(
            ArticleChunks chunks, EmbeddingIndexLoader.StoredIndex stored, IndexProperties properties) {
        return new KeywordIndex(
                chunks,
                properties.bm25K1(),
                properties.bm25B(),
                new TermMatcher(properties.variantMinLength()),
                properties.variantBoost(),
                stored.lexicon(),
                properties.relatedBoost(),
                properties.extraStopWords());
    }
}
