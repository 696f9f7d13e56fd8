package dev.oner.retrieval;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sentences are found.
 *
 * @param maxResults how many sentences each retriever returns before fusion
 * @param fusionK reciprocal-rank fusion constant: larger flattens the difference between ranks
 */
@ConfigurationProperties("oner.retrieval")
record RetrievalProperties(
        @Positive @DefaultValue("25") int maxResults,
        @Min(1) @DefaultValue("60") int fusionK) {}
