package dev.oner.ops;

import dev.oner.answer.Answer;
import dev.oner.answer.Answerer;
import dev.oner.retrieval.RetrievedSentence;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Times the answer stage and counts its outcomes: answered, abstained, and fallbacks (a reply written by another
 * answerer than the configured one, as when a language model fails and the extractive answerer steps in).
 */
final class MeteredAnswerer implements Answerer {

    private final Answerer delegate;
    private final MeterRegistry meters;
    private final Timer timer;
    private final Counter fallbacks;

    MeteredAnswerer(Answerer delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.meters = meters;
        this.timer = Timer.builder("oner.stage")
                .description("Time spent in each stage of answering a question")
                .tag("stage", "answer")
                .publishPercentileHistogram()
                .register(meters);
        this.fallbacks = Counter.builder("oner.answers.fallbacks")
                .description("Answers written by another answerer than the configured one")
                .tag("configured", delegate.mode())
                .register(meters);
        for (String outcome : List.of("answered", "abstained")) {
            outcomes(outcome, delegate.mode());
        }
    }

    @Override
    public Answer answer(String question, List<RetrievedSentence> candidates, Consumer<String> progress) {
        Answer answer = timer.record(() -> delegate.answer(question, candidates, progress));
        outcomes(answer.answered() ? "answered" : "abstained", answer.mode()).increment();
        if (!answer.mode().equals(delegate.mode())) {
            fallbacks.increment();
        }
        return answer;
    }

    private Counter outcomes(String outcome, String mode) {
        return Counter.builder("oner.answers")
                .description("Answers given, by outcome and by the answerer that wrote them")
                .tag("outcome", outcome)
                .tag("mode", mode)
                .register(meters);
    }

    /** The answerer measured, for work that should not count as answers (the warm-up). */
    Answerer delegate() {
        return delegate;
    }

    @Override
    public String mode() {
        return delegate.mode();
    }
}
