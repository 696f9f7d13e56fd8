package dev.oner.retrieval;

import dev.langchain4j.rag.content.aggregator.ContentAggregator;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Times retrieval's stages (the "oner.stage" timer, tagged by stage) around the LangChain4j parts doing them. */
final class StageTimers {

    private final MeterRegistry meters;

    StageTimers(MeterRegistry meters) {
        this.meters = meters;
    }

    ContentRetriever timed(String stage, ContentRetriever retriever) {
        Timer timer = timer(stage);
        return query -> timer.record(() -> retriever.retrieve(query));
    }

    ContentAggregator timed(String stage, ContentAggregator aggregator) {
        Timer timer = timer(stage);
        return contents -> timer.record(() -> aggregator.aggregate(contents));
    }

    private Timer timer(String stage) {
        return Timer.builder("oner.stage")
                .description("Time spent in each stage of answering a question")
                .tag("stage", stage)
                .publishPercentileHistogram()
                .register(meters);
    }
}
