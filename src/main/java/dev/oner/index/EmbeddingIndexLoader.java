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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the article's index (sentence embeddings and lexicon) from the committed folder or from the cache when its
 * manifest matches what would be built now and its vectors agree with what the model computes on this machine, and
 * builds it afresh otherwise (saying why in the log), so a changed article, setting or model runtime can never
 * serve stale data. A fresh build is written to the cache under the digest of its
 * manifest, so the next start with the same article and settings is as fast as with the committed index.
 */
final class EmbeddingIndexLoader {

    static final String MANIFEST = "manifest.json";
    static final String INDEX = "index.json";
    static final String LEXICON = "lexicon.json";

    private static final Logger log = LoggerFactory.getLogger(EmbeddingIndexLoader.class);
    // Words of two letters are function words or abbreviations, with senses too many to relate.
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    private final EmbeddingModel model;
    private final String modelName;
    private final ArticleChunks chunks;
    private final WordNetLexicon lexicon;
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
            WordNetLexicon lexicon,
            double minProbeCosine,
            ObjectMapper json) {
        this.model = model;
        this.minProbeCosine = minProbeCosine;
        this.modelName = modelName;
        this.chunks = chunks;
        this.lexicon = lexicon;
        this.json = json;
        this.expected = new IndexManifest(
                modelName,
                model.dimension(),
                article.sourceSha256(),
                sentenceSplitter,
                fragmentStart,
                chunks.size(),
                chunks.fingerprint(),
                lexicon.describe());
    }

    /** The index as served: one embedding per sentence, and the lexicon of the article's words. */
    record StoredIndex(InMemoryEmbeddingStore<TextSegment> store, Lexicon lexicon) {}

    EmbeddingModel model() {
        return model;
    }

    IndexManifest expectedManifest() {
        return expected;
    }

    StoredIndex load(ResourceLoader resources, String location, Path cacheDir) {
        String folder = location.endsWith("/") ? location : location + "/";
        Optional<StoredIndex> committed = read(resources, folder);
        if (committed.isPresent()) {
            return committed.get();
        }
        Path cached = cacheDir.resolve(cacheKey());
        Optional<StoredIndex> fromCache = read(resources, cached.toUri().toString());
        if (fromCache.isPresent()) {
            return fromCache.get();
        }
        log.info("Embedding {} sentences and deriving the lexicon now", chunks.size());
        StoredIndex built = build();
        try {
            write(built, cached);
            log.info("Cached the index in {}", cached);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not cache the index in {} ({}); the next start builds it again", cached, e.toString());
        }
        return built;
    }

    // Names the cache folder after everything the index is built from, so each article and setting has its own.
    String cacheKey() {
        try {
            return DigestUtils.sha256Hex(json.writeValueAsBytes(expected)).substring(0, 16);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest is always serialisable", e);
        }
    }

    private Optional<StoredIndex> read(ResourceLoader resources, String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        Resource manifest = resources.getResource(folder + MANIFEST);
        Resource index = resources.getResource(folder + INDEX);
        Resource lexiconFile = resources.getResource(folder + LEXICON);
        if (!manifest.exists()) {
            log.debug("No index at {}", folder);
            return Optional.empty();
        }
        try (InputStream in = manifest.getInputStream()) {
            IndexManifest found = json.readValue(in, IndexManifest.class);
            if (!found.equals(expected)) {
                log.info("Index at {} is stale (built from {}, expected {})", folder, found, expected);
                return Optional.empty();
            }
            if (!index.exists() || !lexiconFile.exists()) {
                log.warn("Index at {} is incomplete", folder);
                return Optional.empty();
            }
            var store = InMemoryEmbeddingStore.fromJson(index.getContentAsString(StandardCharsets.UTF_8));
            double agreement = probeCosine(store);
            if (agreement < minProbeCosine) {
                log.warn(
                        "Index at {} disagrees with the model on this machine (cosine {} < {} for the first"
                                + " sentence)",
                        folder,
                        String.format("%.4f", agreement),
                        minProbeCosine);
                return Optional.empty();
            }
            Lexicon words;
            try (InputStream lexiconIn = lexiconFile.getInputStream()) {
                words = json.readValue(lexiconIn, Lexicon.class);
            }
            log.info("Loaded {} sentence embeddings ({}) and the lexicon from {}", chunks.size(), modelName, folder);
            return Optional.of(new StoredIndex(store, words));
        } catch (IOException | RuntimeException e) {
            log.warn("Index at {} is unreadable ({})", folder, e.toString());
            return Optional.empty();
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

    StoredIndex build() {
        List<TextSegment> segments =
                chunks.sentences().stream().map(SentenceChunk::toSegment).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        // Ids follow the sentence order so the committed JSON is the same on every rebuild of the same input.
        List<String> ids =
                chunks.sentences().stream().map(EmbeddingIndexLoader::id).toList();
        var store = new InMemoryEmbeddingStore<TextSegment>();
        store.addAll(ids, embeddings, segments);
        return new StoredIndex(store, lexicon.build(articleWords()));
    }

    private static String id(SentenceChunk sentence) {
        return "s" + sentence.index();
    }

    private Set<String> articleWords() {
        Set<String> words = new TreeSet<>();
        for (SentenceChunk sentence : chunks.sentences()) {
            var matcher = WORD.matcher(sentence.text());
            while (matcher.find()) {
                words.add(matcher.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    void write(StoredIndex index, Path folder) throws IOException {
        Files.createDirectories(folder);
        index.store().serializeToFile(folder.resolve(INDEX));
        json.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(LEXICON).toFile(), index.lexicon());
        // The manifest last: a folder whose write was cut short has none and is never read.
        json.writerWithDefaultPrettyPrinter()
                .writeValue(folder.resolve(MANIFEST).toFile(), expected);
    }
}
