package dev.oner.ops;

import dev.oner.answer.Answerer;
import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import dev.oner.retrieval.SentenceRetriever;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Runs the question path (embedding, BM25, fusion, answer) over the article's own sentences before the app reports
 * itself ready, so the first users do not pay for class loading, the model's first runs and the JIT compiler. Runs
 * before readiness turns true (application runners run before the ready event), for at most {@code budget}.
 */
final class WarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private final SentenceRetriever retriever;
    private final Answerer answerer;
    private final ArticleChunks chunks;
    private final OpsProperties.WarmUp settings;

    WarmUp(SentenceRetriever retriever, Answerer answerer, ArticleChunks chunks, OpsProperties.WarmUp settings) {
        this.retriever = retriever;
        // Warming up answers no one: it must not count in the answer metrics.
        this.answerer = answerer instanceof MeteredAnswerer metered ? metered.delegate() : answerer;
        this.chunks = chunks;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> questions =
                chunks.sentences().stream().map(SentenceChunk::text).toList();
        if (settings.questions() == 0 || questions.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        long deadline = started + settings.budget().toNanos();
        int asked = 0;
        while (asked < settings.questions() && System.nanoTime() < deadline) {
            String question = questions.get(asked % questions.size());
            answerer.answer(question, retriever.retrieve(question), piece -> {});
            asked++;
        }
        log.info(
                "Warmed up the question path with {} questions in {} ms",
                asked,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
