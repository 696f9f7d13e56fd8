package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @Autowired
    IndexProperties properties;

    @Autowired
    EmbeddingModelProperties modelProperties;

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

    // The quantised model's int8 kernels differ by CPU: vectors built on a CPU without AVX-512 VNNI and re-embedded
    // on one with it agree at cosine 0.998 at worst (measured on the committed index), so vectors from the same model
    // are never compared for near-identity. 0.99 leaves five times that spread; another model or runtime falls far
    // below it.
    private static final double SAME_MODEL_COSINE = 0.99;

    // Relevance scores from the two indexes differ by at most about 0.001 for the same question and sentence; two
    // sentences closer than this are a tie that the CPU may break either way.
    private static final double TIE = 0.01;

    @Test
    void should_hold_vectors_that_agree_with_what_the_model_computes_on_this_cpu() {
        var committed = loader.load(new DefaultResourceLoader(), "file:embeddings/", cache);
        var fresh = loader.build();

        List<Embedding> committedVectors = vectors(committed);
        List<Embedding> freshVectors = vectors(fresh);
        assertThat(committedVectors).hasSize(18).hasSameSizeAs(freshVectors);
        for (int i = 0; i < freshVectors.size(); i++) {
            assertThat(CosineSimilarity.between(committedVectors.get(i), freshVectors.get(i)))
                    .as("sentence %d", i)
                    .isGreaterThanOrEqualTo(SAME_MODEL_COSINE);
        }
    }

    @Test
    void should_rank_the_same_sentence_first_with_the_committed_index_as_with_one_built_on_this_cpu() throws Exception {
        var committed = loader.load(new DefaultResourceLoader(), "file:embeddings/", cache)
                .store();
        var fresh = loader.build().store();
        var queries = new QueryPrefixingEmbeddingModel(loader.model(), properties.queryPrefix(modelProperties.kind()));

        List<String> questions = answerableQuestions();
        assertThat(questions).hasSizeGreaterThan(30);
        for (String question : questions) {
            Embedding query = queries.embed(question).content();
            List<EmbeddingMatch<TextSegment>> fromCommitted = ranked(committed, query);
            List<EmbeddingMatch<TextSegment>> fromFresh = ranked(fresh, query);
            String committedTop = fromCommitted.get(0).embeddingId();
            double committedTopFreshScore = fromFresh.stream()
                    .filter(match -> match.embeddingId().equals(committedTop))
                    .findFirst()
                    .orElseThrow()
                    .score();
            assertThat(fromFresh.get(0).score() - committedTopFreshScore)
                    .as(
                            "'%s': the committed index ranks %s first, a fresh one %s",
                            question, committedTop, fromFresh.get(0).embeddingId())
                    .isLessThan(TIE);
        }
    }

    @Test
    void should_rebuild_and_say_so_when_the_stored_vectors_disagree_with_the_model(CapturedOutput log)
            throws Exception {
        var built = loader.build();
        List<Embedding> right = vectors(built);
        var shifted = new InMemoryEmbeddingStore<TextSegment>();
        for (int i = 0; i < right.size(); i++) {
            // Each sentence gets its neighbour's vector: a valid index of the right size and manifest, wrong vectors.
            shifted.add("s" + i, right.get((i + 1) % right.size()));
        }
        loader.write(new EmbeddingIndexLoader.StoredIndex(shifted, built.lexicon()), folder);

        var store = loader.load(new DefaultResourceLoader(), folder.toUri().toString(), cache);

        assertThat(log.getOut()).contains("disagrees with the model");
        assertThat(CosineSimilarity.between(vectors(store).get(0), right.get(0)))
                .isGreaterThanOrEqualTo(SAME_MODEL_COSINE);
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

    private List<String> answerableQuestions() throws Exception {
        JsonNode items = json.readTree(Path.of("src/test/resources/eval/holdout-questions.json")
                        .toFile())
                .get("items");
        List<String> questions = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.get("answerable").asBoolean() && !item.has("history")) {
                questions.add(item.get("question").asText());
            }
        }
        return questions;
    }

    private static List<EmbeddingMatch<TextSegment>> ranked(EmbeddingStore<TextSegment> store, Embedding query) {
        return store.search(EmbeddingSearchRequest.builder()
                        .queryEmbedding(query)
                        .maxResults(100)
                        .minScore(0.0)
                        .build())
                .matches();
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
