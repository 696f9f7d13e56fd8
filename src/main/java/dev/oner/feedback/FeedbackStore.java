package dev.oner.feedback;

import java.util.List;

/** Where feedback is kept; every channel writes to the same one. */
public interface FeedbackStore {

    void save(Feedback feedback);

    /** Everything stored for one conversation, oldest first. */
    List<Feedback> forConversation(String conversationId);
}
