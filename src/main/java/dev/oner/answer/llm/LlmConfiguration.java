package dev.oner.answer.llm;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import dev.oner.answer.AnswerProperties;
import dev.oner.answer.Answerer;
import dev.oner.chunking.ArticleChunks;
import dev.oner.retrieval.FollowUpResolver;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ResourceLoader;

/**
 * Generated answers, only when a provider is configured ({@code ONER_LLM_PROVIDER}); without one none of these
 * beans exists and the bot is extractive, exactly as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${" + LlmConfiguration.PROVIDER + ":}'.isBlank()")
class LlmConfiguration {

    static final String PROVIDER = "oner.llm.provider";

    private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);

    @Bean
    LanguageModels languageModels(LlmProperties properties) {
        log.info(
                "Answers are written by the {} model '{}' at {} and checked against the article;"
                        + " the extractive answer stands in whenever a generated one fails",
                properties.provider().name().toLowerCase(Locale.ROOT),
                properties.model(),
                properties.effectiveBaseUrl());
        return new LanguageModels(properties);
    }

    @Bean
    CircuitBreaker llmCircuitBreaker(LlmProperties properties) {
        LlmProperties.Breaker settings = properties.breaker();
        var breaker = CircuitBreaker.of(
                "llm",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(settings.slidingWindow())
                        .minimumNumberOfCalls(settings.minimumCalls())
                        .failureRateThreshold(settings.failureRateThreshold())
                        .waitDurationInOpenState(settings.openDuration())
                        .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                        .automaticTransitionFromOpenToHalfOpenEnabled(false)
                        .build());
        breaker.getEventPublisher()
                .onStateTransition(event -> log.warn(
                        "Model circuit breaker: {}",
                        event.getStateTransition().name().toLowerCase(Locale.ROOT)));
        return breaker;
    }

    @Bean
    Prompts prompts(ResourceLoader resources) {
        return Prompts.load(resources);
    }

    @Bean
    GroundingCheck groundingCheck(Prompts prompts, LlmProperties properties) {
        // Its own instance of the model the threshold was calibrated with, whatever model retrieval uses.
        return new GroundingCheck(
                new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run), prompts, properties.minSupport());
    }

    @Bean
    @Primary
    Answerer generatedAnswerer(
            LanguageModels models,
            @Qualifier("extractiveAnswerer") Answerer extractive,
            ArticleChunks chunks,
            Prompts prompts,
            GroundingCheck check,
            CircuitBreaker llmCircuitBreaker,
            LlmProperties properties,
            AnswerProperties answers,
            MeterRegistry meters) {
        return new GeneratedAnswerer(
                models.streaming(),
                extractive,
                chunks,
                prompts,
                check,
                llmCircuitBreaker,
                properties,
                answers.abstention(),
                meters);
    }

    @Bean
    @Primary
    QueryTransformer followUpRewriter(
            LanguageModels models,
            Prompts prompts,
            CircuitBreaker llmCircuitBreaker,
            FollowUpResolver offline,
            MeterRegistry meters) {
        return new ModelFollowUpRewriter(
                new CompressingQueryTransformer(models.chat(), prompts.followUp()),
                offline,
                llmCircuitBreaker,
                prompts,
                meters);
    }
}
