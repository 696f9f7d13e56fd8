package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.Databases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class DeliveredEventsTest {

    private final DataSource database = Databases.h2InMemory();

    @Test
    void should_report_only_the_first_delivery_of_an_event_as_first() {
        var delivered = events(Clock.systemUTC());

        assertThat(delivered.firstDelivery("Ev1")).isTrue();
        assertThat(delivered.firstDelivery("Ev1")).isFalse();
        assertThat(delivered.firstDelivery("Ev1")).isFalse();
        assertThat(delivered.firstDelivery("Ev2")).isTrue();
    }

    @Test
    void should_share_what_was_delivered_between_instances_on_one_database() {
        var first = events(Clock.systemUTC());
        var second = events(Clock.systemUTC());

        assertThat(first.firstDelivery("Ev7")).isTrue();
        assertThat(second.firstDelivery("Ev7")).isFalse();
    }

    @Test
    void should_forget_ids_older_than_the_retry_window() {
        var earlier = events(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        var hourLater = events(Clock.fixed(Instant.parse("2026-01-01T01:00:00Z"), ZoneOffset.UTC));
        earlier.firstDelivery("EvOld");

        hourLater.firstDelivery("EvNew");

        assertThat(JdbcClient.create(database)
                        .sql("SELECT event_id FROM slack_event")
                        .query(String.class)
                        .list())
                .containsExactly("EvNew");
    }

    private DeliveredEvents events(Clock clock) {
        return new DeliveredEvents(JdbcClient.create(database), clock, Duration.ofMinutes(15));
    }
}
