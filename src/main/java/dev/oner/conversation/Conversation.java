package dev.oner.conversation;

import java.util.List;

/** A conversation as its channels show it again: every turn still remembered, oldest first. */
public record Conversation(String conversationId, List<ChatReply> turns) {

    public Conversation {
        turns = List.copyOf(turns);
    }
}
