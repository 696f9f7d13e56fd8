package dev.oner.answer.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/** LangChain4j's chat models for the configured provider, over the JDK client that honours a short Retry-After. */
final class LanguageModels {

    // OpenAI-compatible gateways on a laptop or a company network often take no key, but the client wants one.
    private static final String NO_KEY = "none";

    private final LlmProperties properties;

    LanguageModels(LlmProperties properties) {
        this.properties = properties;
    }

    /** Streams answers; its time-out bounds the connection and the wait for the reply's headers. */
    StreamingChatModel streaming() {
        return switch (properties.provider()) {
            case OPENAI ->
                OpenAiStreamingChatModel.builder()
                        .httpClientBuilder(http())
                        .baseUrl(properties.effectiveBaseUrl())
                        .apiKey(apiKey())
                        .modelName(properties.model())
                        .temperature(properties.temperature())
                        .timeout(properties.firstTokenTimeout())
                        .build();
            case OLLAMA ->
                OllamaStreamingChatModel.builder()
                        .httpClientBuilder(http())
                        .baseUrl(properties.effectiveBaseUrl())
                        .modelName(properties.model())
                        .temperature(properties.temperature())
                        .timeout(properties.firstTokenTimeout())
                        .build();
        };
    }

    /**
     * Rewrites follow-ups: one short completion, bounded by the first-token time-out as a whole. LangChain4j's own
     * retries are off; a 429 is retried beneath it, and the breaker decides the rest.
     */
    ChatModel chat() {
        return switch (properties.provider()) {
            case OPENAI ->
                OpenAiChatModel.builder()
                        .httpClientBuilder(http())
                        .baseUrl(properties.effectiveBaseUrl())
                        .apiKey(apiKey())
                        .modelName(properties.model())
                        .temperature(0.0)
                        .timeout(properties.firstTokenTimeout())
                        .maxRetries(0)
                        .build();
            case OLLAMA ->
                OllamaChatModel.builder()
                        .httpClientBuilder(http())
                        .baseUrl(properties.effectiveBaseUrl())
                        .modelName(properties.model())
                        .temperature(0.0)
                        .timeout(properties.firstTokenTimeout())
                        .maxRetries(0)
                        .build();
        };
    }

    private HttpClientBuilder http() {
        return new JdkHttpClientBuilder().httpClientBuilder(RetryAfterHttpClient.builder(properties.maxRetryAfter()));
    }

    private String apiKey() {
        return properties.apiKey() == null || properties.apiKey().isBlank() ? NO_KEY : properties.apiKey();
    }
}
