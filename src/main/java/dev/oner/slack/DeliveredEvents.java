package dev.oner.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * The Events API ids of recently received events. Slack retries an event when its acknowledgement is late or lost,
 * with the same event id; remembering ids (rather than ignoring every retry) still answers a retry whose first
 * delivery never arrived, say during a restart.
 */
final class DeliveredEvents {

    private final Cache<String, Boolean> seen;

    DeliveredEvents(long maxEvents, Duration window) {
        this.seen = Caffeine.newBuilder()
                .maximumSize(maxEvents)
                .expireAfterWrite(window)
                .build();
    }

    /** True the first time an id arrives within the window, false for every later delivery of it. */
    boolean firstDelivery(String eventId) {
        return eventId == null || seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
