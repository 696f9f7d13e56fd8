package dev.oner.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param streamTimeout how long a streamed answer may take before the stream is closed
 * @param maxRequestBytes largest API request body accepted; a 2,000-character message needs at most about 8 KB
 */
@Validated
@ConfigurationProperties("oner.api")
record ApiProperties(
        @NotNull @DefaultValue("60s") Duration streamTimeout,
        @Positive @DefaultValue("65536") long maxRequestBytes) {}
