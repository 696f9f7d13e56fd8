package dev.oner.answer;

import dev.oner.index.KeywordIndex;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question's content words, each with the article terms that stand for it and a weight: rare words say more
 * about what is asked than common ones, and a word the article never uses weighs most, because a question about
 * something the article does not mention ("budget", "villain") is one it cannot answer.
 */
final class QuestionTerms {

    private record Term(Set<String> articleTerms, double weight) {}

    private final List<Term> terms;
    private final double totalWeight;
    private final boolean numbersOnly;

    private QuestionTerms(List<Term> terms, boolean numbersOnly) {
        this.terms = terms;
        this.totalWeight = terms.stream().mapToDouble(Term::weight).sum();
        this.numbersOnly = numbersOnly;
    }

    static QuestionTerms of(String question, KeywordIndex index) {
        var words = new LinkedHashSet<>(index.queryTerms(question));
        List<Term> terms = words.stream()
                .map(term -> {
                    Set<String> articleTerms = index.articleTermsFor(term);
                    double weight = articleTerms.isEmpty()
                            ? index.idf(term)
                            : articleTerms.stream()
                                    .mapToDouble(index::idf)
                                    .min()
                                    .orElseThrow();
                    return new Term(articleTerms, weight);
                })
                .toList();
        return new QuestionTerms(
                terms, words.stream().allMatch(word -> word.chars().allMatch(Character::isDigit)));
    }

    /** True when nothing in the question names a topic: no words, or only numbers ("What is 2+2?"). */
    boolean isEmpty() {
        return numbersOnly;
    }

    /** The share of the question's weight found among these sentence terms, between 0 and 1. */
    double coverage(Set<String> sentenceTerms) {
        if (totalWeight == 0) {
            return 0;
        }
        double covered = terms.stream()
                .filter(term -> term.articleTerms().stream().anyMatch(sentenceTerms::contains))
                .mapToDouble(Term::weight)
                .sum();
        return covered / totalWeight;
    }
}
