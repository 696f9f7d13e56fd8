package dev.oner.index;

/**
 * Decides when a question's word that the article never uses stands for one it does: one the other begins with
 * (the stemmer leaves "directed" as "direct", "director" as "director") or a typo ("hemswroth"). Written by hand:
 * Lucene's fuzzy queries cover typos but not derivations, and stemming covers neither across word classes.
 *
 * <p>Short words are left alone: at four letters and less a shared prefix or one edit joins unrelated words
 * ("long" and "longer" mean different things in this article, "cost" is one letter from "most").
 */
final class TermMatcher {

    private final int minLength;

    TermMatcher(int minLength) {
        this.minLength = minLength;
    }

    boolean isVariant(String term, String candidate) {
        if (term.length() < minLength || candidate.length() < minLength || term.equals(candidate)) {
            return false;
        }
        int shorter = Math.min(term.length(), candidate.length());
        return commonPrefix(term, candidate) == shorter || damerauLevenshtein(term, candidate) <= 1;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost one.
    private static int damerauLevenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
