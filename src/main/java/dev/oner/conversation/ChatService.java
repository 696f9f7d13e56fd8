package dev.oner.conversation;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import dev.oner.answer.Answer;
import dev.oner.answer.Answerer;
import dev.oner.answer.Citation;
import dev.oner.retrieval.RetrievedSentence;
import dev.oner.retrieval.SentenceRetriever;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One turn of a conversation, whatever the channel: resolve a follow-up against the conversation, retrieve,
 * answer, remember the turn. Channels call this and never the stages behind it.
 */
public class ChatService {

    // Turns of one conversation are serialised so their numbering and memory stay consistent; a fixed set of locks
    // keeps that bounded however many conversations there are.
    private static final int LOCK_STRIPES = 64;
    private static final Pattern ASKS_FOR_MORE =
            Pattern.compile("\\b(else|other|another|besides|apart from)\\b", Pattern.CASE_INSENSITIVE);

    private final ConversationStore store;
    private final QueryTransformer followUps;
    private final SentenceRetriever retriever;
    private final Answerer answerer;
    private final int maxMessages;
    private final MeterRegistry meters;
    private final TurnCodec codec = new TurnCodec();
    private final Object[] locks = new Object[LOCK_STRIPES];

    ChatService(
            ConversationStore store,
            QueryTransformer followUps,
            SentenceRetriever retriever,
            Answerer answerer,
            int maxTurns,
            MeterRegistry meters) {
        this.store = store;
        this.meters = meters;
        this.followUps = followUps;
        this.retriever = retriever;
        this.answerer = answerer;
        this.maxMessages = 2 * maxTurns;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Answers a message, in a new conversation when {@code conversationId} is null.
     *
     * @param progress receives the answer text piece by piece while it is written
     * @throws ConversationNotFoundException when the id is not one of a remembered conversation
     */
    public ChatReply ask(String conversationId, String message, Consumer<String> progress) {
        return turn(conversationId == null ? UUID.randomUUID().toString() : known(conversationId), message, progress);
    }

    public ChatReply ask(String conversationId, String message) {
        return ask(conversationId, message, piece -> {});
    }

    /**
     * Answers a message in the conversation with this id, starting it if there is none: for channels whose own
     * threads are the conversations (a Slack thread or DM), which pick the ids themselves.
     */
    public ChatReply askIn(String conversationId, String message) {
        return turn(conversationId, message, piece -> {});
    }

    /** Whether a conversation with this id is remembered and has a turn with this number. */
    public boolean hasTurn(String conversationId, int turn) {
        return store.contains(conversationId) && turn >= 1 && turn <= codec.lastTurn(store.getMessages(conversationId));
    }

    private ChatReply turn(String id, String message, Consumer<String> progress) {
        long started = System.nanoTime();
        ChatReply reply = answerTurn(id, message, progress);
        Timer.builder("oner.chat.turns")
                .description("Questions answered, by outcome")
                .tag("answered", Boolean.toString(reply.answered()))
                .tag("mode", reply.mode())
                .register(meters)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return reply;
    }

    private ChatReply answerTurn(String id, String message, Consumer<String> progress) {
        synchronized (locks[Math.floorMod(id.hashCode(), LOCK_STRIPES)]) {
            ChatMemory memory = memory(id);
            List<ChatMessage> history = memory.messages();
            String question = message.strip();
            String standalone = standalone(id, question, history);
            List<RetrievedSentence> candidates = retriever.retrieve(standalone);
            if (ASKS_FOR_MORE.matcher(question).find()) {
                candidates = withoutLastCitations(candidates, history);
            }
            Answer answer = answerer.answer(standalone, candidates, progress);
            ChatReply reply = new ChatReply(
                    id,
                    codec.lastTurn(history) + 1,
                    question,
                    standalone,
                    answer.text(),
                    answer.answered(),
                    answer.mode(),
                    answer.citations());
            codec.encode(reply).forEach(memory::add);
            return reply;
        }
    }

    // A follow-up ("What did he fight for?") rewritten to stand alone, from the conversation so far.
    private String standalone(String id, String question, List<ChatMessage> history) {
        var metadata = Metadata.from(UserMessage.from(question), id, history);
        return followUps
                .transform(Query.from(question, metadata))
                .iterator()
                .next()
                .text();
    }

    /** @throws ConversationNotFoundException when the id is not one of a remembered conversation */
    public Conversation conversation(String conversationId) {
        return new Conversation(
                conversationId,
                codec.decode(conversationId, memory(known(conversationId)).messages()));
    }

    // "What else is he known for?" asks for something the last answer did not already say.
    private List<RetrievedSentence> withoutLastCitations(
            List<RetrievedSentence> candidates, List<ChatMessage> history) {
        List<ChatReply> turns = codec.decode("", history);
        if (turns.isEmpty()) {
            return candidates;
        }
        Set<Integer> cited = turns.get(turns.size() - 1).citations().stream()
                .map(Citation::start)
                .collect(Collectors.toSet());
        return candidates.stream()
                .filter(candidate -> !cited.contains(candidate.sentence().start()))
                .toList();
    }

    /** @throws ConversationNotFoundException when the id is not one of a remembered conversation */
    public void requireConversation(String conversationId) {
        known(conversationId);
    }

    private String known(String conversationId) {
        if (!store.contains(conversationId)) {
            throw new ConversationNotFoundException(conversationId);
        }
        return conversationId;
    }

    private ChatMemory memory(String id) {
        return MessageWindowChatMemory.builder()
                .id(id)
                .maxMessages(maxMessages)
                .chatMemoryStore(store)
                .build();
    }
}
