package dev.oner.answer.llm;

import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import dev.oner.retrieval.RetrievedSentence;
import java.util.ArrayList;
import java.util.List;

/** A small article of one paragraph, for tests that need sentences with offsets but not the shipped article. */
record TestArticle(ArticleChunks chunks, List<RetrievedSentence> retrieved) {

    static TestArticle of(List<String> texts) {
        List<SentenceChunk> sentences = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(new SentenceChunk(i, 1, offset, offset + texts.get(i).length(), texts.get(i)));
            offset += texts.get(i).length() + 1;
        }
        List<RetrievedSentence> retrieved = sentences.stream()
                .map(sentence -> new RetrievedSentence(sentence, 0.5, 0.8, 1))
                .toList();
        return new TestArticle(new ArticleChunks(sentences), retrieved);
    }

    /** Every sentence shown to the model, numbered from 1 in order. */
    Passages passages() {
        return Passages.of(retrieved, chunks, retrieved.size(), 0);
    }
}
