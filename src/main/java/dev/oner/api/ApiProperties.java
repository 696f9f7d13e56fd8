package dev.oner.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param streamTimeout how long a streamed answer may take before the stream is closed
 * @param maxRequestBytes largest API request body accepted; a 2,000-character message needs at most about 8 KB
 * @param rateLimit how fast one client address may send questions and feedback
 */
@ConfigurationProperties("oner.api")
record ApiProperties(
        @NotNull @DefaultValue("60s") Duration streamTimeout,
        @Positive @DefaultValue("65536") long maxRequestBytes,
        @Valid @NotNull @DefaultValue RateLimit rateLimit) {

    /**
     * @param perMinute requests a client may send per minute, sustained
     * @param burst requests a client may send at once before the per-minute rate applies
     * @param maxClients client addresses tracked at once; the least recently seen are forgotten first
     * @param exemptLoopback whether clients on this machine are left unlimited
     */
    record RateLimit(
            @Positive @DefaultValue("120") long perMinute,
            @Positive @DefaultValue("120") long burst,
            @Positive @DefaultValue("100000") long maxClients,
            @DefaultValue("true") boolean exemptLoopback) {}
}
