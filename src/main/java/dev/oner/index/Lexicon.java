package dev.oner.index;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Words a question may use for words of the article: for each such word (lower case, as WordNet lists it), the
 * article's own words it is a synonym or derivation of ("tally" for "count", "debut" for "introduction"). Derived
 * from the article at index time and cached with its embeddings.
 *
 * @param related word outside the article's own usage to the article's words it stands for
 * @param kinds a wider word to the article's nouns that name kinds of it ("vessel" to "boats", "person" to
 *     "donors"): a count of boats counts vessels, though "boat" does not mean "vessel"
 */
record Lexicon(Map<String, Set<String>> related, Map<String, Set<String>> kinds) {

    static final Lexicon EMPTY = new Lexicon(Map.of(), Map.of());

    Lexicon {
        related = sorted(related);
        // A lexicon read from JSON written without kinds has none.
        kinds = sorted(kinds == null ? Map.of() : kinds);
    }

    // Sorted, so the cached JSON is the same on every rebuild of the same article.
    private static Map<String, Set<String>> sorted(Map<String, Set<String>> words) {
        var copy = new TreeMap<String, Set<String>>();
        words.forEach((word, articleWords) -> copy.put(word, Collections.unmodifiableSet(new TreeSet<>(articleWords))));
        return Collections.unmodifiableMap(copy);
    }
}
