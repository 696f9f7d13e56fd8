package dev.oner.answer;

import dev.oner.retrieval.RetrievedSentence;
import java.util.List;
import java.util.function.Consumer;

/**
 * Answers a standalone question from the sentences retrieval found for it, citing only sentences it used, or says
 * that the article does not answer it.
 */
public interface Answerer {

    /**
     * @param question the standalone question (follow-ups already resolved)
     * @param candidates retrieved sentences, best first
     * @param progress receives the answer text piece by piece as it is written, for streaming channels
     */
    Answer answer(String question, List<RetrievedSentence> candidates, Consumer<String> progress);

    /** The name reported as the reply's mode. */
    String mode();
}
