package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.oner.TemporaryIndexCache;
import dev.oner.chunking.ArticleChunks;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The other in-process model, chosen by configuration: the index is built and cached under its own name, questions
 * are embedded with BGE's search instruction in front (passages without it), and the bot answers with it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "oner.index.model.name=bge-small-en-v1.5-q",
            "oner.article.location=classpath:articles/cycling-race.txt",
            "oner.slack.enabled=false"
        })
class OtherModelTest {

    static final Path CACHE = TemporaryIndexCache.create("oner-other-model-index");

    @DynamicPropertySource
    static void cache(DynamicPropertyRegistry registry) {
        registry.add("oner.index.cache-dir", CACHE::toString);
    }

    @Autowired
    EmbeddingIndexLoader loader;

    @Autowired
    EmbeddingIndexLoader.StoredIndex stored;

    @Autowired
    ArticleChunks chunks;

    @Autowired
    ChatService chats;

    @Autowired
    IndexProperties properties;

    @Autowired
    EmbeddingModelProperties modelProperties;

    @Test
    void should_build_its_own_index_named_after_the_model() {
        assertThat(loader.expectedManifest().model()).isEqualTo("bge-small-en-v1.5-q");
        assertThat(CACHE.resolve(loader.cacheKey()).resolve(EmbeddingIndexLoader.MANIFEST))
                .exists();
    }

    @Test
    void should_store_passages_as_they_are_and_prefix_only_questions() {
        String first = chunks.sentences().get(0).text();
        Embedding passage = loader.model().embed(first).content();

        var match = stored.store()
                .search(EmbeddingSearchRequest.builder()
                        .queryEmbedding(passage)
                        .maxResults(1)
                        .build())
                .matches()
                .get(0);

        // Same CPU, same input (the store scores (1 + cosine) / 2).
        assertThat(match.embedded().text()).isEqualTo(first);
        assertThat(match.score()).isGreaterThan(0.99);
        assertThat(properties.queryPrefix(modelProperties.kind())).startsWith("Represent this sentence");
    }

    @Test
    void should_answer_from_the_article_with_the_model() {
        ChatReply reply = chats.ask(null, "Who won the Tour of Allendale?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Maria Castell");
    }
}
