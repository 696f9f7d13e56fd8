package dev.oner.retrieval;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.query.Metadata;
import java.util.List;

/** Finds the article's sentences most likely to answer a standalone question, best first. */
public final class SentenceRetriever {

    private final RetrievalAugmentor augmentor;

    SentenceRetriever(RetrievalAugmentor augmentor) {
        this.augmentor = augmentor;
    }

    public List<RetrievedSentence> retrieve(String question) {
        UserMessage message = UserMessage.from(question);
        var request = new AugmentationRequest(message, Metadata.from(message, null, List.of()));
        return augmentor.augment(request).contents().stream()
                .map(RetrievedSentence::from)
                .toList();
    }
}
