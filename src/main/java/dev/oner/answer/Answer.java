package dev.oner.answer;

import java.util.List;

/**
 * What an answerer says about one standalone question.
 *
 * @param text the answer, each claim followed by its [n] marker; for an abstention, a plain statement of it
 * @param answered false when the article does not answer the question; then there are no citations
 * @param mode which answerer wrote it
 * @param citations the sentences the markers refer to, marker n at index n - 1
 */
public record Answer(String text, boolean answered, String mode, List<Citation> citations) {

    public Answer {
        citations = List.copyOf(citations);
    }

    public static Answer abstention(String text, String mode) {
        return new Answer(text, false, mode, List.of());
    }
}
