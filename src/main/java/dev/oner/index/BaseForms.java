package dev.oner.index;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The base forms a question's word may be an inflection of, by WordNet's own detachment rules for nouns and verbs
 * (morphy(7WN): "ies" to "y", "es" to "e" or nothing, "ed" to "e" or nothing, "ing" to "e" or nothing, "men" to
 * "man" ...), plus a doubled consonant undone ("stopped", "running"). Irregular forms come from WordNet's exception
 * lists, which the lexicon already holds as words of their own.
 *
 * <p>Written by hand because WordNet is loaded at index time only (its dictionary costs start-up), and the stemmer
 * cannot stand in: it gives one stem to words that are not forms of each other ("treasurer" and "treasured",
 * "general" and "generate"), so the lexicon's relations of one would leak to the other. Adjectives' "-er" and
 * "-est" are left out: without a dictionary to check the result, "treasurer" would read as a comparative of
 * "treasure".
 */
final class BaseForms {

    private static final String[][] DETACHMENTS = {
        {"ies", "y"},
        {"ses", "s"},
        {"xes", "x"},
        {"zes", "z"},
        {"ches", "ch"},
        {"shes", "sh"},
        {"men", "man"},
        {"es", "e"},
        {"es", ""},
        {"s", ""},
        {"ied", "y"},
        {"ed", "e"},
        {"ed", ""},
        {"ing", "e"},
        {"ing", ""}
    };

    private BaseForms() {}

    /** The word itself, then each base form it may be an inflection of. */
    static Set<String> of(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        for (String[] rule : DETACHMENTS) {
            String ending = rule[0];
            if (word.length() > ending.length() + 1 && word.endsWith(ending)) {
                String base = word.substring(0, word.length() - ending.length());
                forms.add(base + rule[1]);
                if ((ending.equals("ed") || ending.equals("ing")) && isDoubledConsonant(base)) {
                    forms.add(base.substring(0, base.length() - 1));
                }
            }
        }
        return forms;
    }

    private static boolean isDoubledConsonant(String base) {
        int n = base.length();
        return n >= 3 && base.charAt(n - 1) == base.charAt(n - 2) && "aeiou".indexOf(base.charAt(n - 1)) < 0;
    }
}
