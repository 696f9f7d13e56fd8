package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.DefaultResourceLoader;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class EmbeddingIndexLoaderTest {

    @Autowired
    EmbeddingIndexLoader loader;

    @Autowired
    ObjectMapper json;

    @TempDir
    Path folder;

    @TempDir
    Path cache;

    @Test
    void should_find_the_committed_index_up_to_date_or_tell_how_to_rebuild_it() throws Exception {
        IndexManifest committed =
                json.readValue(Path.of("embeddings", "manifest.json").toFile(), IndexManifest.class);

        assertThat(committed)
                .as("embeddings/ is stale: rebuild it with the command in README.md")
                .isEqualTo(loader.expectedManifest());
    }

    @Test
    void should_hold_the_vectors_the_model_computes_now() {
        var committed = loader.load(new DefaultResourceLoader(), "file:embeddings/", cache);
        var fresh = loader.build();

        List<Embedding> committedVectors = vectors(committed);
        List<Embedding> freshVectors = vectors(fresh);
        assertThat(committedVectors).hasSize(18).hasSameSizeAs(freshVectors);
        for (int i = 0; i < freshVectors.size(); i++) {
            assertThat(CosineSimilarity.between(committedVectors.get(i), freshVectors.get(i)))
                    .isGreaterThan(0.999);
        }
    }

    @Test
    void should_rebuild_and_say_so_when_the_manifest_does_not_match(CapturedOutput log) throws Exception {
        var stale = new IndexManifest("other-model", 384, "0".repeat(64), "x", "y", 18, "z", "w");
        json.writeValue(folder.resolve("manifest.json").toFile(), stale);
        Files.copy(Path.of("embeddings", "index.json"), folder.resolve("index.json"));

        var stored = loader.load(new DefaultResourceLoader(), folder.toUri().toString(), cache);

        assertThat(vectors(stored)).hasSize(18);
        assertThat(log.getOut()).contains("is stale").contains("other-model");
    }

    @Test
    void should_build_the_index_when_there_is_none_and_load_it_from_the_cache_next_time(CapturedOutput log) {
        var built = loader.load(new DefaultResourceLoader(), folder.toUri().toString(), cache);

        assertThat(vectors(built)).hasSize(18);
        assertThat(built.lexicon().related()).isNotEmpty();
        assertThat(log.getOut()).contains("Embedding 18 sentences").contains("Cached the index");
        assertThat(cache.resolve(loader.cacheKey()).resolve("manifest.json")).exists();

        var cached = loader.load(new DefaultResourceLoader(), folder.toUri().toString(), cache);

        assertThat(vectors(cached)).hasSize(18);
        assertThat(cached.lexicon()).isEqualTo(built.lexicon());
        assertThat(log.getOut())
                .contains("from " + cache.resolve(loader.cacheKey()).toUri());
    }

    @Test
    void should_write_an_index_that_loads_back_without_a_rebuild(CapturedOutput log) throws Exception {
        loader.write(loader.build(), folder);

        var stored = loader.load(new DefaultResourceLoader(), folder.toUri().toString(), cache);

        assertThat(vectors(stored)).hasSize(18);
        assertThat(log.getOut()).contains("Loaded 18 sentence embeddings").doesNotContain("is stale");
        assertThat(cache).isEmptyDirectory();
    }

    // Entries in sentence order, read through the store's public search API.
    private static List<Embedding> vectors(EmbeddingIndexLoader.StoredIndex stored) {
        EmbeddingStore<TextSegment> store = stored.store();
        var anyVector = new Embedding(new float[384]);
        anyVector.vector()[0] = 1;
        return store
                .search(EmbeddingSearchRequest.builder()
                        .queryEmbedding(anyVector)
                        .maxResults(100)
                        .minScore(0.0)
                        .build())
                .matches()
                .stream()
                .sorted(Comparator.comparing(
                        match -> Integer.parseInt(match.embeddingId().substring(1))))
                .map(EmbeddingMatch::embedding)
                .toList();
    }
}
