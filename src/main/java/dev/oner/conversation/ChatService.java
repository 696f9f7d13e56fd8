package dev.oner.conversation;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
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
    // A turn that lost a race with another instance for its number is answered again on the new history; more than
    // a few such races in a row would mean something else is wrong.
    private static final int TURN_ATTEMPTS = 3;
    private static final Pattern ASKS_FOR_MORE =
            Pattern.compile("\\b(else|other|another|besides|apart from)\\b", Pattern.CASE_INSENSITIVE);

    private final ConversationStore store;
    private final QueryTransformer followUps;
    private final SentenceRetriever retriever;
    private final Answerer answerer;
    private final int maxMessages;
    private final int maxHistoryTurns;
    private final MeterRegistry meters;
    private final TurnCodec codec = new TurnCodec();
    private final Object[] locks = new Object[LOCK_STRIPES];

    ChatService(
            ConversationStore store,
            QueryTransformer followUps,
            SentenceRetriever retriever,
            Answerer answerer,
            int maxTurns,
            int maxHistoryTurns,
            MeterRegistry meters) {
        this.store = store;
        this.meters = meters;
        this.followUps = followUps;
        this.retriever = retriever;
        this.answerer = answerer;
        this.maxMessages = 2 * maxTurns;
        this.maxHistoryTurns = maxHistoryTurns;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Answers a message, in a new conversation when {@code conversationId} is null. A new conversation gets a random
     * UUID (122 random bits), which is what the channel's user holds to continue it.
     *
     * @param channel the channel asking; only its own conversations can be continued
     * @param progress receives the answer text piece by piece while it is written
     * @throws ConversationNotFoundException when the id is not one of this channel's remembered conversations
     */
    public ChatReply ask(Channel channel, String conversationId, String message, Consumer<String> progress) {
        ConversationKey key = conversationId == null
                ? new ConversationKey(channel, UUID.randomUUID().toString())
                : known(channel, conversationId);
        return turn(key, message, progress);
    }

    public ChatReply ask(Channel channel, String conversationId, String message) {
        return ask(channel, conversationId, message, piece -> {});
    }

    /** A question through the web channel (the REST API and the page), as most callers and benchmarks ask. */
    public ChatReply ask(String conversationId, String message) {
        return ask(Channel.WEB, conversationId, message);
    }

    /** A question through the web channel, with the answer's pieces as they are written. */
    public ChatReply ask(String conversationId, String message, Consumer<String> progress) {
        return ask(Channel.WEB, conversationId, message, progress);
    }

    /**
     * Answers a message in the conversation with this id, starting it if there is none: for channels whose own
     * threads are the conversations (a Slack thread or DM), which pick the ids themselves.
     */
    public ChatReply askIn(Channel channel, String conversationId, String message) {
        return turn(new ConversationKey(channel, conversationId), message, piece -> {});
    }

    /** Whether this channel has a remembered conversation with this id and a turn with this number in it. */
    public boolean hasTurn(Channel channel, String conversationId, int turn) {
        var key = new ConversationKey(channel, conversationId);
        return turn >= 1 && turn <= codec.lastTurn(store.recentMessages(key, 2));
    }

    private ChatReply turn(ConversationKey key, String message, Consumer<String> progress) {
        long started = System.nanoTime();
        ChatReply reply = answerTurn(key, message, progress);
        Timer.builder("oner.chat.turns")
                .description("Questions answered, by channel and outcome")
                .tag("channel", key.channel().label())
                .tag("answered", Boolean.toString(reply.answered()))
                .tag("mode", reply.mode())
                .register(meters)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return reply;
    }

    private ChatReply answerTurn(ConversationKey key, String message, Consumer<String> progress) {
        String id = key.id();
        synchronized (locks[Math.floorMod(id.hashCode(), LOCK_STRIPES)]) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return answerOnce(key, message, progress);
                } catch (ConcurrentTurnException e) {
                    if (attempt == TURN_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }

    // The store keeps every turn; follow-ups are resolved against only the latest (the chat-memory window), so a
    // long conversation answers as fast and as focused as a short one.
    private ChatReply answerOnce(ConversationKey key, String message, Consumer<String> progress) {
        List<ChatMessage> history = store.recentMessages(key, maxMessages);
        int lastTurn = codec.lastTurn(history);
        if (lastTurn >= maxHistoryTurns) {
            throw new ConversationFullException(maxHistoryTurns);
        }
        String question = message.strip();
        String standalone = standalone(key.id(), question, history);
        List<RetrievedSentence> candidates = retriever.retrieve(standalone);
        if (ASKS_FOR_MORE.matcher(question).find()) {
            candidates = withoutLastCitations(candidates, history);
        }
        Answer answer = answerer.answer(standalone, candidates, progress);
        ChatReply reply = new ChatReply(
                key.id(),
                lastTurn + 1,
                question,
                standalone,
                answer.text(),
                answer.answered(),
                answer.mode(),
                answer.citations());
        store.append(key, codec.encode(reply));
        return reply;
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

    /** @throws ConversationNotFoundException when the id is not one of this channel's remembered conversations */
    public Conversation conversation(Channel channel, String conversationId) {
        return new Conversation(
                conversationId, codec.decode(conversationId, store.getMessages(known(channel, conversationId))));
    }

    /**
     * Forgets a conversation of this channel, with its feedback.
     *
     * @throws ConversationNotFoundException when the id is not one of this channel's remembered conversations
     */
    public void delete(Channel channel, String conversationId) {
        store.deleteMessages(known(channel, conversationId));
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

    /** @throws ConversationNotFoundException when the id is not one of this channel's remembered conversations */
    public void requireConversation(Channel channel, String conversationId) {
        known(channel, conversationId);
    }

    // The one check behind every read and write of an existing conversation: the store finds it only under the
    // channel that started it, so another channel's id is as unknown as one never issued.
    private ConversationKey known(Channel channel, String conversationId) {
        var key = new ConversationKey(channel, conversationId);
        if (!store.contains(key)) {
            throw new ConversationNotFoundException(conversationId);
        }
        return key;
    }
}
