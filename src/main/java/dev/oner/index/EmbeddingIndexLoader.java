package dev.oner.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.oner.article.Article;
import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the committed index when its manifest matches what would be built now and its vectors agree with what the
 * model computes on this machine, and builds it afresh otherwise (saying why in the log), so a changed article,
 * chunking setting or model runtime can never serve stale vectors.
 */
final class EmbeddingIndexLoader {

    static final String MANIFEST = "manifest.json";
    static final String INDEX = "index.json";

    private static final Logger log = LoggerFactory.getLogger(EmbeddingIndexLoader.class);

    private final EmbeddingModel model;
    private final String modelName;
    private final ArticleChunks chunks;
    private final IndexManifest expected;
    private final ObjectMapper json;
    private final double minProbeCosine;

    EmbeddingIndexLoader(
            EmbeddingModel model,
            String modelName,
            Article article,
            ArticleChunks chunks,
            String sentenceSplitter,
            String fragmentStart,
            double minProbeCosine,
            ObjectMapper json) {
        this.model = model;
        this.minProbeCosine = minProbeCosine;
        this.modelName = modelName;
        this.chunks = chunks;
        this.json = json;
        this.expected = new IndexManifest(
                modelName,
                model.dimension(),
                article.sourceSha256(),
                sentenceSplitter,
                fragmentStart,
                chunks.size(),
                chunks.fingerprint());
    }

    EmbeddingModel model() {
        return model;
    }

    IndexManifest expectedManifest() {
        return expected;
    }

    InMemoryEmbeddingStore<TextSegment> load(ResourceLoader resources, String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        Resource manifestResource = resources.getResource(folder + MANIFEST);
        Resource indexResource = resources.getResource(folder + INDEX);
        if (!manifestResource.exists() || !indexResource.exists()) {
            log.warn("No precomputed index at {}; embedding {} sentences now", folder, chunks.size());
            return build();
        }
        try {
            IndexManifest found = json.readValue(manifestResource.getInputStream(), IndexManifest.class);
            if (!found.equals(expected)) {
                log.warn(
                        "Index at {} is stale (built from {}, expected {}); embedding {} sentences now."
                                + " Rebuild it with the command in README.md",
                        folder,
                        found,
                        expected,
                        chunks.size());
                return build();
            }
            var store = InMemoryEmbeddingStore.fromJson(indexResource.getContentAsString(StandardCharsets.UTF_8));
            double agreement = probeCosine(store);
            if (agreement < minProbeCosine) {
                log.warn(
                        "Index at {} disagrees with the model on this machine (cosine {} < {} for the first"
                                + " sentence); embedding {} sentences now",
                        folder,
                        String.format("%.4f", agreement),
                        minProbeCosine,
                        chunks.size());
                return build();
            }
            log.info("Loaded {} sentence embeddings ({}) from {}", chunks.size(), modelName, folder);
            return store;
        } catch (IOException | RuntimeException e) {
            log.warn("Index at {} is unreadable ({}); embedding {} sentences now", folder, e.toString(), chunks.size());
            return build();
        }
    }

    /**
     * Re-embeds the first sentence and compares it with its stored vector. The quantised model's int8 kernels differ
     * by CPU, so the two are never bit-identical (cosine 0.998 measured between CPUs with and without AVX-512 VNNI);
     * a much lower agreement means the index came from another model or runtime, whatever its manifest says. One
     * sentence costs a few milliseconds and warms the model for the first question.
     */
    double probeCosine(InMemoryEmbeddingStore<TextSegment> store) {
        SentenceChunk first = chunks.sentences().get(0);
        Embedding fresh = model.embed(first.toSegment()).content();
        return store
                .search(EmbeddingSearchRequest.builder()
                        .queryEmbedding(fresh)
                        .maxResults(chunks.size())
                        .minScore(0.0)
                        .build())
                .matches()
                .stream()
                .filter(match -> match.embeddingId().equals(id(first)))
                .map(EmbeddingMatch::embedding)
                .mapToDouble(stored -> CosineSimilarity.between(stored, fresh))
                .findFirst()
                .orElse(0.0);
    }

    InMemoryEmbeddingStore<TextSegment> build() {
        List<TextSegment> segments =
                chunks.sentences().stream().map(SentenceChunk::toSegment).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        // Ids follow the sentence order so the committed JSON is the same on every rebuild of the same input.
        List<String> ids =
                chunks.sentences().stream().map(EmbeddingIndexLoader::id).toList();
        var store = new InMemoryEmbeddingStore<TextSegment>();
        store.addAll(ids, embeddings, segments);
        return store;
    }

    private static String id(SentenceChunk sentence) {
        return "s" + sentence.index();
    }

    void write(InMemoryEmbeddingStore<TextSegment> store, Path folder) throws IOException {
        Files.createDirectories(folder);
        store.serializeToFile(folder.resolve(INDEX));
        json.writerWithDefaultPrettyPrinter()
                .writeValue(folder.resolve(MANIFEST).toFile(), expected);
    }
}
