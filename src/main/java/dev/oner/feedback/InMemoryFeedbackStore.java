package dev.oner.feedback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps feedback for the life of the process: the embedded default until a database store replaces it. */
final class InMemoryFeedbackStore implements FeedbackStore {

    private final List<Feedback> feedback = new CopyOnWriteArrayList<>();

    @Override
    public void save(Feedback entry) {
        feedback.add(entry);
    }

    @Override
    public List<Feedback> forConversation(String conversationId) {
        return feedback.stream()
                .filter(entry -> entry.conversationId().equals(conversationId))
                .toList();
    }
}
