package dev.oner.answer.llm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional language model that writes fluent answers (environment: {@code ONER_LLM_PROVIDER},
 * {@code ONER_LLM_BASE_URL}, {@code ONER_LLM_API_KEY}, {@code ONER_LLM_MODEL}, ...). With no provider the bot
 * answers extractively and none of the rest is read.
 *
 * @param provider {@code openai} (any OpenAI-compatible server) or {@code ollama}; absent for the extractive mode
 * @param baseUrl the server's API root; absent for the provider's usual one
 * @param apiKey sent as a bearer token to OpenAI-compatible servers; never logged
 * @param model the model's name on that server
 * @param firstTokenTimeout how long to wait for the first token before answering extractively
 * @param answerTimeout how long the whole generated answer may take; below {@code oner.api.stream-timeout} (60 s),
 *     so that a stream still ends with the extractive reply
 * @param maxRetryAfter a 429 reply asking to retry within this long is retried once after the wait; longer waits
 *     are not honoured and the answer is extractive
 * @param temperature sampling temperature: low, because the answer must stay with the passages
 * @param maxPassages how many retrieved sentences the model is shown, each with its neighbours
 * @param noAnswer what the system prompt tells the model to reply when the passages do not answer
 * @param neighbours how many sentences either side of a retrieved one are shown for context (and may be cited)
 * @param minSupport the least support (dense similarity and word overlap, README "Grounding check") that every
 *     answer sentence needs from the sentences it cites; chosen on {@code src/test/resources/grounding}
 * @param breaker when to stop calling a failing model for a while
 */
@ConfigurationProperties("oner.llm")
public record LlmProperties(
        Provider provider,
        String baseUrl,
        String apiKey,
        String model,
        @NotNull @DefaultValue("20s") Duration firstTokenTimeout,
        @NotNull @DefaultValue("45s") Duration answerTimeout,
        @NotNull @DefaultValue("3s") Duration maxRetryAfter,

        @DecimalMin("0") @DecimalMax("2") @DefaultValue("0.1")
        double temperature,

        @Min(1) @Max(20) @DefaultValue("5") int maxPassages,
        @NotBlank @DefaultValue("NOT_IN_ARTICLE") String noAnswer,
        @Min(0) @Max(3) @DefaultValue("1") int neighbours,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.37")
        double minSupport,

        @Valid @DefaultValue Breaker breaker) {

    public enum Provider {
        OPENAI("https://api.openai.com/v1"),
        OLLAMA("http://localhost:11434");

        private final String defaultBaseUrl;

        Provider(String defaultBaseUrl) {
            this.defaultBaseUrl = defaultBaseUrl;
        }
    }

    /**
     * A count-based Resilience4j circuit breaker over calls to the model.
     *
     * @param slidingWindow how many recent calls the failure rate is taken over
     * @param minimumCalls no decision before this many calls
     * @param failureRateThreshold percentage of failed calls that opens the breaker
     * @param openDuration how long an open breaker answers extractively without calling the model
     * @param halfOpenCalls trial calls let through after that; their success closes the breaker again
     */
    public record Breaker(
            @Positive @DefaultValue("10") int slidingWindow,
            @Positive @DefaultValue("4") int minimumCalls,

            @DecimalMin("1") @DecimalMax("100") @DefaultValue("50")
            float failureRateThreshold,

            @NotNull @DefaultValue("30s") Duration openDuration,
            @Positive @DefaultValue("1") int halfOpenCalls) {}

    public boolean enabled() {
        return provider != null;
    }

    /** The configured base URL, or the provider's usual one. */
    public String effectiveBaseUrl() {
        return baseUrl == null || baseUrl.isBlank() ? provider.defaultBaseUrl : baseUrl.strip();
    }

    @AssertTrue(message = "is required when oner.llm.provider is set (ONER_LLM_MODEL)")
    public boolean isModelNamed() {
        return provider == null || (model != null && !model.isBlank());
    }

    @AssertTrue(message = "first-token-timeout must not be longer than answer-timeout")
    public boolean isTimeoutsOrdered() {
        return firstTokenTimeout.compareTo(answerTimeout) <= 0;
    }

    @Override
    public String toString() {
        // The key stays out of logs and failure reports.
        return "LlmProperties[provider=%s, baseUrl=%s, model=%s, apiKey=%s]"
                .formatted(provider, baseUrl, model, apiKey == null || apiKey.isBlank() ? "none" : "***");
    }
}
