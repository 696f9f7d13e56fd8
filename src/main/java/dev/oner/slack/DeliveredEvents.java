package dev.oner.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Events API ids of received events, in the shared database. Slack retries an event when its acknowledgement is
 * late or lost, with the same event id, and a retry may reach another instance: the instance whose insert of the id
 * succeeds answers, and every later delivery conflicts. Remembering ids (rather than ignoring every retry) still
 * answers a retry whose first delivery never arrived, say during a restart.
 */
final class DeliveredEvents {

    private final JdbcClient db;
    private final Clock clock;
    private final Duration window;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    DeliveredEvents(JdbcClient db, Clock clock, Duration window) {
        this.db = db;
        this.clock = clock;
        this.window = window;
    }

    /** True the first time an id arrives, on any instance, false for every later delivery of it within the window. */
    boolean firstDelivery(String eventId) {
        if (eventId == null) {
            return true;
        }
        purgeWhenDue();
        try {
            db.sql("INSERT INTO slack_event (event_id, received_at) VALUES (:eventId, :now)")
                    .param("eventId", eventId)
                    .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    // Slack stops retrying after about five minutes; ids older than the window are only kept from growing.
    private void purgeWhenDue() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (now.isAfter(due) && nextPurge.compareAndSet(due, now.plus(window))) {
            db.sql("DELETE FROM slack_event WHERE received_at < :before")
                    .param("before", OffsetDateTime.ofInstant(now.minus(window), ZoneOffset.UTC))
                    .update();
        }
    }
}
