package dev.oner.answer.llm;

import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import dev.oner.retrieval.RetrievedSentence;
import java.util.List;
import java.util.TreeSet;

/**
 * The sentences a model is shown for one question: the best retrieved ones and their neighbours, in reading order,
 * numbered from 1. A marker {@code [n]} in the model's reply names sentence n, so citations keep sentence
 * granularity and their offsets.
 */
final class Passages {

    private final List<SentenceChunk> sentences;

    private Passages(List<SentenceChunk> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    /**
     * @param candidates retrieved sentences, best first
     * @param maxRetrieved how many of them to show
     * @param neighbours how many sentences either side of each to show with it, within its paragraph
     */
    static Passages of(List<RetrievedSentence> candidates, ArticleChunks chunks, int maxRetrieved, int neighbours) {
        TreeSet<Integer> shown = new TreeSet<>();
        for (RetrievedSentence candidate : candidates.subList(0, Math.min(maxRetrieved, candidates.size()))) {
            SentenceChunk sentence = candidate.sentence();
            for (int i = sentence.index() - neighbours; i <= sentence.index() + neighbours; i++) {
                if (i >= 0 && i < chunks.size() && chunks.get(i).paragraph() == sentence.paragraph()) {
                    shown.add(i);
                }
            }
        }
        return new Passages(shown.stream().map(chunks::get).toList());
    }

    int size() {
        return sentences.size();
    }

    boolean isEmpty() {
        return sentences.isEmpty();
    }

    /** Sentence n, from 1. */
    SentenceChunk sentence(int n) {
        return sentences.get(n - 1);
    }

    boolean contains(int n) {
        return n >= 1 && n <= sentences.size();
    }

    /** One {@code <passage>} per run of consecutive article sentences, each sentence on its own numbered line. */
    String render() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= sentences.size(); n++) {
            SentenceChunk sentence = sentences.get(n - 1);
            boolean continues = n > 1 && sentences.get(n - 2).index() == sentence.index() - 1;
            if (!continues) {
                text.append(n > 1 ? "</passage>\n" : "").append("<passage>\n");
            }
            text.append('[')
                    .append(n)
                    .append("] ")
                    .append(asData(sentence.text()))
                    .append('\n');
        }
        return sentences.isEmpty() ? "" : text.append("</passage>").toString();
    }

    /** Text placed between tags, unable to close them. */
    static String asData(String text) {
        return text.replace('<', '\u2039').replace('>', '\u203A');
    }
}
