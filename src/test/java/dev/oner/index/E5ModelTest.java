package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.oner.chunking.ArticleChunks;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The other in-process model, chosen by configuration: the index is built and cached under its own name, passages
 * are embedded with E5's "passage: " prefix (and stored without it), and the bot answers with it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "oner.index.model.name=e5-small-v2-q",
            "oner.article.location=classpath:articles/cycling-race.txt",
            "oner.slack.enabled=false"
        })
class E5ModelTest {

    static final Path CACHE = createCache();

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

    @Test
    void should_build_its_own_index_named_after_the_model() {
        assertThat(loader.expectedManifest().model()).isEqualTo("e5-small-v2-q");
        assertThat(CACHE.resolve(loader.cacheKey()).resolve(EmbeddingIndexLoader.MANIFEST))
                .exists();
    }

    @Test
    void should_embed_passages_with_their_prefix_and_quote_them_without_it() {
        String first = chunks.sentences().get(0).text();
        Embedding withPrefix = loader.model().embed("passage: " + first).content();
        Embedding without = loader.model().embed(first).content();

        var match = stored.store()
                .search(EmbeddingSearchRequest.builder()
                        .queryEmbedding(withPrefix)
                        .maxResults(1)
                        .build())
                .matches()
                .get(0);

        TextSegment segment = match.embedded();
        assertThat(segment.text()).isEqualTo(first);
        // Same CPU, same input (the store scores (1 + cosine) / 2); the unprefixed text is measurably further.
        assertThat(match.score()).isGreaterThan(0.99);
        assertThat(CosineSimilarity.between(match.embedding(), without))
                .isLessThan(CosineSimilarity.between(match.embedding(), withPrefix));
    }

    @Test
    void should_answer_from_the_article_with_the_model() {
        ChatReply reply = chats.ask(null, "Who won the Tour of Allendale?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Maria Castell");
    }

    private static Path createCache() {
        try {
            return Files.createTempDirectory("oner-e5-index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
