package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveredEventsTest {

    @Test
    void should_report_only_the_first_delivery_of_an_event_as_first() {
        var delivered = new DeliveredEvents(100, Duration.ofMinutes(15));

        assertThat(delivered.firstDelivery("Ev1")).isTrue();
        assertThat(delivered.firstDelivery("Ev1")).isFalse();
        assertThat(delivered.firstDelivery("Ev1")).isFalse();
        assertThat(delivered.firstDelivery("Ev2")).isTrue();
    }
}
