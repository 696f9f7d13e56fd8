package dev.oner.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Counts requests answered with a 5xx, by channel: one number to alert on, since none should ever happen. */
final class ServerErrorCounter extends OncePerRequestFilter {

    private final MeterRegistry meters;

    ServerErrorCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = response.getStatus() >= 500;
        } finally {
            if (failed) {
                Counter.builder("oner.errors")
                        .description("Requests answered with a server error")
                        .tag("channel", Channels.of(request.getRequestURI()))
                        .register(meters)
                        .increment();
            }
        }
    }
}
