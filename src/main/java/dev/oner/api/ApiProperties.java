package dev.oner.api;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param streamTimeout how long a streamed answer may take before the stream is closed
 */
@Validated
@ConfigurationProperties("oner.api")
record ApiProperties(@NotNull @DefaultValue("60s") Duration streamTimeout) {}
