package dev.oner.conversation;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.oner.answer.Citation;
import dev.oner.retrieval.FollowUpResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a turn into chat memory as a user message and an AI message, and reads it back. What a channel needs to
 * show the turn again (effective question, citations with offsets) rides in the messages' attributes, as plain
 * strings, numbers, booleans, lists and maps, so any {@code ChatMemoryStore} can persist it.
 */
final class TurnCodec {

    private static final String TURN = "turn";
    private static final String MODE = "mode";
    private static final String CITATIONS = "citations";

    List<ChatMessage> encode(ChatReply reply) {
        UserMessage question = UserMessage.builder()
                .addContent(TextContent.from(reply.question()))
                .attributes(Map.of(TURN, reply.turn(), FollowUpResolver.EFFECTIVE_QUESTION, reply.effectiveQuestion()))
                .build();
        AiMessage answer = AiMessage.builder()
                .text(reply.answer())
                .attributes(Map.of(
                        TURN,
                        reply.turn(),
                        FollowUpResolver.ANSWERED,
                        reply.answered(),
                        MODE,
                        reply.mode(),
                        CITATIONS,
                        reply.citations().stream().map(TurnCodec::encode).toList()))
                .build();
        return List.of(question, answer);
    }

    List<ChatReply> decode(String conversationId, List<ChatMessage> messages) {
        List<ChatReply> turns = new ArrayList<>();
        for (int i = 1; i < messages.size(); i++) {
            if (messages.get(i) instanceof AiMessage answer && messages.get(i - 1) instanceof UserMessage question) {
                Map<String, Object> asked = question.attributes();
                Map<String, Object> answered = answer.attributes();
                turns.add(new ChatReply(
                        conversationId,
                        ((Number) answered.get(TURN)).intValue(),
                        question.singleText(),
                        (String) asked.get(FollowUpResolver.EFFECTIVE_QUESTION),
                        answer.text(),
                        (Boolean) answered.get(FollowUpResolver.ANSWERED),
                        (String) answered.get(MODE),
                        ((List<?>) answered.get(CITATIONS))
                                .stream()
                                        .map(citation -> decode((Map<?, ?>) citation))
                                        .toList()));
            }
        }
        return turns;
    }

    int lastTurn(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof AiMessage answer
                    && answer.attributes().get(TURN) instanceof Number turn) {
                return turn.intValue();
            }
        }
        return 0;
    }

    private static Map<String, Object> encode(Citation citation) {
        return Map.of(
                "n", citation.n(),
                "text", citation.text(),
                "paragraph", citation.paragraph(),
                "start", citation.start(),
                "end", citation.end(),
                "score", citation.score());
    }

    private static Citation decode(Map<?, ?> citation) {
        return new Citation(
                ((Number) citation.get("n")).intValue(),
                (String) citation.get("text"),
                ((Number) citation.get("paragraph")).intValue(),
                ((Number) citation.get("start")).intValue(),
                ((Number) citation.get("end")).intValue(),
                ((Number) citation.get("score")).doubleValue());
    }
}
