package dev.oner.index;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the precomputed index lives and how queries meet it.
 *
 * @param location folder holding {@code manifest.json} and {@code index.json}, as a Spring resource location; the
 *     build copies the top-level {@code embeddings/} folder onto the classpath
 * @param minProbeCosine least cosine between a sentence's stored vector and the one the model computes at start
 *     for the stored index to be used; CPUs differ by about 0.002 (int8 kernels), another model or runtime by far
 *     more
 * @param queryPrefix prepended to every query before embedding; unset, the one the model's card prescribes (BGE's
 *     search instruction; none for MiniLM)
 * @param bm25K1 BM25 term-frequency saturation (Lucene's default)
 * @param bm25B BM25 length normalisation (Lucene's default)
 * @param variantMinLength shortest stemmed word that may stand for another by prefix or one typo; shorter words
 *     join unrelated ones
 * @param variantBoost weight of a variant's match relative to the exact word's
 * @param cacheDir where an index built at start (for an article or settings the committed index does not match) is
 *     kept, one folder per article and settings, so the next start loads it instead of building it again
 * @param lexiconSenses how many of a word's most frequent WordNet senses give it synonyms and derivations
 * @param lexiconMaxSenses words with more WordNet senses than this are too vague to relate to others
 * @param lexiconKindLevels how many WordNet hypernym levels above an article noun's most frequent sense name what
 *     it is a kind of, for counting only ("boat": "vessel", "craft", "vehicle"; "donor": "benefactor", "person")
 * @param relatedBoost weight of a lexical relation's match relative to the exact word's
 * @param extraStopWords words ignored on top of Snowball's English stop list: they shape a question ("What else",
 *     "really", "the name of", "what kinds of", "according to the article") or hedge a number ("roughly how many")
 *     without saying what it is about
 */
@ConfigurationProperties("oner.index")
record IndexProperties(
        @NotBlank @DefaultValue("classpath:embeddings/") String location,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.99")
        double minProbeCosine,

        String queryPrefix,

        @Positive @DefaultValue("1.2") float bm25K1,
        @PositiveOrZero @DefaultValue("0.75") float bm25B,
        @Min(3) @DefaultValue("5") int variantMinLength,
        @Positive @DefaultValue("0.8") float variantBoost,
        @NotNull Path cacheDir,
        @Positive @DefaultValue("2") int lexiconSenses,
        @Positive @DefaultValue("12") int lexiconMaxSenses,
        @PositiveOrZero @DefaultValue("3") int lexiconKindLevels,
        @Positive @DefaultValue("0.5") float relatedBoost,

        @NotNull
        @DefaultValue({
            "else",
            "also",
            "really",
            "ever",
            "just",
            "even",
            "still",
            "please",
            "tell",
            "exactly",
            "name",
            "names",
            "kind",
            "kinds",
            "type",
            "types",
            "sort",
            "sorts",
            "can",
            "will",
            "must",
            "might",
            "shall",
            "article",
            "according",
            "story",
            "roughly",
            "approximately",
            "nearly",
            "almost",
            "around"
        })
        List<String> extraStopWords) {

    String queryPrefix(InProcessModel model) {
        return queryPrefix != null ? queryPrefix : model.queryPrefix();
    }
}
