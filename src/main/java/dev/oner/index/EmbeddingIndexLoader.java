package dev.oner.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
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
 * Loads the committed index when its manifest matches what would be built now, and builds it afresh otherwise
 * (saying why in the log), so a changed article or chunking setting can never serve stale vectors.
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

    EmbeddingIndexLoader(
            EmbeddingModel model,
            String modelName,
            Article article,
            ArticleChunks chunks,
            String sentenceSplitter,
            String fragmentStart,
            ObjectMapper json) {
        this.model = model;
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
            log.info("Loaded {} sentence embeddings ({}) from {}", chunks.size(), modelName, folder);
            return store;
        } catch (IOException | RuntimeException e) {
            log.warn("Index at {} is unreadable ({}); embedding {} sentences now", folder, e.toString(), chunks.size());
            return build();
        }
    }

    InMemoryEmbeddingStore<TextSegment> build() {
        List<TextSegment> segments =
                chunks.sentences().stream().map(SentenceChunk::toSegment).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        // Ids follow the sentence order so the committed JSON is the same on every rebuild of the same input.
        List<String> ids = chunks.sentences().stream()
                .map(sentence -> "s" + sentence.index())
                .toList();
        var store = new InMemoryEmbeddingStore<TextSegment>();
        store.addAll(ids, embeddings, segments);
        return store;
    }

    void write(InMemoryEmbeddingStore<TextSegment> store, Path folder) throws IOException {
        Files.createDirectories(folder);
        store.serializeToFile(folder.resolve(INDEX));
        json.writerWithDefaultPrettyPrinter()
                .writeValue(folder.resolve(MANIFEST).toFile(), expected);
    }
}
