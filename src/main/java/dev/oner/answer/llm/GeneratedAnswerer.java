package dev.oner.answer.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.oner.answer.Answer;
import dev.oner.answer.Answerer;
import dev.oner.answer.Citation;
import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import dev.oner.retrieval.RetrievedSentence;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model's own words, from numbered sentences of the article, and lets nobody see an answer
 * the {@link GroundingCheck} does not pass. Whatever goes wrong (the model is slow, down, rate-limited or replies
 * with something unusable, the breaker is open, the answer is not grounded) the extractive answer is given instead,
 * with mode {@value #FALLBACK_MODE}, and the reason is logged and counted in {@code oner.llm.fallbacks}.
 */
final class GeneratedAnswerer implements Answerer {

    static final String MODE = "llm";
    static final String FALLBACK_MODE = "extractive-fallback";
    static final String FALLBACKS = "oner.llm.fallbacks";

    private static final Pattern THINKING = Pattern.compile("^\\s*<think>.*?</think>", Pattern.DOTALL);

    private static final Logger log = LoggerFactory.getLogger(GeneratedAnswerer.class);

    private final StreamingChatModel model;
    private final Answerer extractive;
    private final ArticleChunks chunks;
    private final Prompts prompts;
    private final GroundingCheck check;
    private final CircuitBreaker breaker;
    private final LlmProperties properties;
    private final String abstention;
    private final MeterRegistry meters;

    GeneratedAnswerer(
            StreamingChatModel model,
            Answerer extractive,
            ArticleChunks chunks,
            Prompts prompts,
            GroundingCheck check,
            CircuitBreaker breaker,
            LlmProperties properties,
            String abstention,
            MeterRegistry meters) {
        this.model = model;
        this.extractive = extractive;
        this.chunks = chunks;
        this.prompts = prompts;
        this.check = check;
        this.breaker = breaker;
        this.properties = properties;
        this.abstention = abstention;
        this.meters = meters;
    }

    @Override
    public String mode() {
        return MODE;
    }

    @Override
    public Answer answer(String question, List<RetrievedSentence> candidates, Consumer<String> progress) {
        Passages passages = Passages.of(candidates, chunks, properties.maxPassages(), properties.neighbours());
        if (passages.isEmpty()) {
            return fallback("no-passages", "retrieval found no sentence", question, candidates, progress);
        }
        ChatRequest request = request(question, passages);
        if (!breaker.tryAcquirePermission()) {
            return fallback("circuit-open", "the model failed too often lately", question, candidates, progress);
        }
        TokenRelay relay = new TokenRelay(progress, prompts, properties.noAnswer());
        String reply;
        long started = System.nanoTime();
        try {
            reply = generate(request, relay);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        } catch (ModelFailure failure) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
            relay.close();
            return fallback(failure.reason(), failure.getMessage(), question, candidates, silentIf(relay, progress));
        } finally {
            relay.close();
        }
        // Reasoning models served by Ollama or a gateway may put their reasoning first; only the answer is checked.
        reply = THINKING.matcher(reply).replaceFirst("");
        if (reply.isBlank()) {
            return fallback(
                    ModelFailure.EMPTY,
                    "the reply held only reasoning",
                    question,
                    candidates,
                    silentIf(relay, progress));
        }
        if (prompts.leaksInto(reply)) {
            return fallback(
                    GroundingCheck.PROMPT_LEAK,
                    "the reply repeats a prompt file",
                    question,
                    candidates,
                    silentIf(relay, progress));
        }
        if (abstains(reply)) {
            if (!relay.passedAny()) {
                progress.accept(abstention);
            }
            return Answer.abstention(abstention, MODE);
        }
        GroundingCheck.Verdict verdict = check.check(reply, passages);
        if (!verdict.grounded()) {
            return fallback(
                    verdict.failure().reason(),
                    verdict.failure().detail(),
                    question,
                    candidates,
                    silentIf(relay, progress));
        }
        return cited(verdict, passages);
    }

    private ChatRequest request(String question, Passages passages) {
        return ChatRequest.builder()
                .messages(
                        SystemMessage.from(prompts.system()
                                .apply(Map.of("noAnswer", properties.noAnswer()))
                                .text()),
                        UserMessage.from(prompts.answer()
                                .apply(Map.of("passages", passages.render(), "question", Passages.asData(question)))
                                .text()))
                .build();
    }

    // Everything between taking the breaker's permission and reporting back to it: nothing else may throw here.
    private String generate(ChatRequest request, TokenRelay relay) throws ModelFailure {
        StreamCollector collector = new StreamCollector(relay);
        try {
            model.chat(request, collector);
        } catch (RuntimeException e) {
            throw ModelFailure.of(e);
        }
        return collector.await(properties.firstTokenTimeout(), properties.answerTimeout());
    }

    // The model's "the article doesn't say", and an answer that cites nothing, both mean the article does not answer.
    private boolean abstains(String reply) {
        String lower = reply.toLowerCase(Locale.ROOT);
        return lower.contains(properties.noAnswer().toLowerCase(Locale.ROOT))
                || !GroundingCheck.MARKER_GROUP.matcher(reply).find();
    }

    /** The reply with its markers renumbered in the order they are used, and a citation for each. */
    private Answer cited(GroundingCheck.Verdict verdict, Passages passages) {
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        Map<Integer, Double> support = new HashMap<>();
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < verdict.claims().size(); i++) {
            GroundingCheck.Claim claim = verdict.claims().get(i);
            double value = verdict.supports().get(i).value();
            for (int n : claim.markers()) {
                numbers.putIfAbsent(n, numbers.size() + 1);
                support.merge(n, value, Math::max);
            }
            sentences.add(withMarkers(claim, numbers));
        }
        List<Citation> citations = new ArrayList<>();
        numbers.forEach((n, marker) -> {
            SentenceChunk sentence = passages.sentence(n);
            citations.add(new Citation(
                    marker,
                    sentence.text(),
                    sentence.paragraph(),
                    sentence.start(),
                    sentence.end(),
                    Math.round(support.get(n) * 1000) / 1000.0));
        });
        return new Answer(String.join(" ", sentences), true, MODE, citations);
    }

    // "He fought for it." citing sentences 4 and 2 reads "He fought for it. [1][2]", as extractive answers do.
    private static String withMarkers(GroundingCheck.Claim claim, Map<Integer, Integer> numbers) {
        return claim.text() + " "
                + claim.markers().stream().map(n -> "[" + numbers.get(n) + "]").collect(Collectors.joining());
    }

    private Answer fallback(
            String reason,
            String detail,
            String question,
            List<RetrievedSentence> candidates,
            Consumer<String> progress) {
        if ("circuit-open".equals(reason)) {
            log.debug("Answering extractively: {}", detail);
        } else {
            log.warn("Answering extractively instead of with the model ({}): {}", reason, detail);
        }
        Counter.builder(FALLBACKS)
                .description("Generated answers replaced by the extractive answer, by reason")
                .tag("reason", reason)
                .register(meters)
                .increment();
        Answer answer = extractive.answer(question, candidates, progress);
        return new Answer(answer.text(), answer.answered(), FALLBACK_MODE, answer.citations());
    }

    // Once the model's tokens have been shown, the extractive answer arrives whole in the final reply instead.
    private static Consumer<String> silentIf(TokenRelay relay, Consumer<String> progress) {
        return relay.passedAny() ? piece -> {} : progress;
    }
}
