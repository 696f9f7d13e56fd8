package dev.oner.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a follow-up into a standalone question with the model (LangChain4j's {@link CompressingQueryTransformer}
 * and {@code prompts/follow-up-rewrite.txt}), and with the offline resolver when the model fails, is cut off by
 * the breaker, or replies with something that is not one question.
 */
final class ModelFollowUpRewriter implements QueryTransformer {

    static final String FALLBACKS = "oner.llm.rewrite.fallbacks";

    private static final Logger log = LoggerFactory.getLogger(ModelFollowUpRewriter.class);

    private final QueryTransformer model;
    private final QueryTransformer offline;
    private final CircuitBreaker breaker;
    private final Prompts prompts;
    private final MeterRegistry meters;

    ModelFollowUpRewriter(
            CompressingQueryTransformer model,
            QueryTransformer offline,
            CircuitBreaker breaker,
            Prompts prompts,
            MeterRegistry meters) {
        this.model = model;
        this.prompts = prompts;
        this.offline = offline;
        this.breaker = breaker;
        this.meters = meters;
    }

    @Override
    public Collection<Query> transform(Query query) {
        List<ChatMessage> history =
                query.metadata() == null ? List.of() : query.metadata().chatMemory();
        if (history == null || history.isEmpty()) {
            return List.of(query);
        }
        if (!breaker.tryAcquirePermission()) {
            return offline(query, "circuit-open");
        }
        long started = System.nanoTime();
        Collection<Query> rewritten;
        try {
            rewritten = model.transform(query);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            log.warn("Follow-up rewritten offline: the model failed ({})", e.toString());
            return offline(query, ModelFailure.of(e).reason());
        }
        String text =
                rewritten.isEmpty() ? "" : rewritten.iterator().next().text().strip();
        // A question, on one line, not much longer than the follow-up and the conversation's names would make it.
        if (text.isEmpty()
                || text.contains("\n")
                || text.length() > 4 * query.text().length() + 200) {
            log.warn("Follow-up rewritten offline: the model's rewrite was not one question");
            return offline(query, "malformed-completion");
        }
        // The rewrite is shown to the user as the question answered, so it must not carry the prompts out either.
        if (prompts.leaksInto(text)) {
            log.warn("Follow-up rewritten offline: the model's rewrite repeats a prompt");
            return offline(query, GroundingCheck.PROMPT_LEAK);
        }
        return List.of(Query.from(text.replaceAll("^[\"'“]+|[\"'”]+$", ""), query.metadata()));
    }

    private Collection<Query> offline(Query query, String reason) {
        Counter.builder(FALLBACKS)
                .description("Follow-ups rewritten offline because the model could not, by reason")
                .tag("reason", reason)
                .register(meters)
                .increment();
        return offline.transform(query);
    }
}
