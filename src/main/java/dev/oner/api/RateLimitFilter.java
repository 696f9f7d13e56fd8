package dev.oner.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how fast one client may send questions and feedback (a Bucket4j token bucket per client address), so one
 * script cannot take the bot from everyone else. Reading the article or a conversation is not limited, nor by
 * default are clients on this machine (health checks, the eval, local tools). Refused requests get 429 with
 * {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final ApiProperties.RateLimit limit;
    private final ObjectMapper json;
    private final Cache<String, Bucket> buckets;

    RateLimitFilter(ApiProperties.RateLimit limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
        // An idle client's bucket is full again after one refill period, so forgetting it then changes nothing.
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limit.maxClients())
                .expireAfterAccess(Duration.ofMinutes(1))
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || (limit.exemptLoopback() && isLoopback(request.getRemoteAddr()));
    }

    // The remote address is always a literal IP, so this looks nothing up.
    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(request.getRemoteAddr(), client -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        Problems.write(
                request,
                response,
                Problems.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Too many requests",
                        "Too many questions from this address: " + limit.perMinute()
                                + " a minute at most. Try again in " + retryAfter + " s."),
                json);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth ->
                        bandwidth.capacity(limit.burst()).refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
                .build();
    }
}
