package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TurnRefTest {

    @Test
    void should_read_back_the_value_it_wrote() {
        var ref = new TurnRef("slack-T1-C2-1700000000.000100", 12);

        assertThat(ref.value()).isEqualTo("slack-T1-C2-1700000000.000100#12");
        assertThat(TurnRef.parse(ref.value())).contains(ref);
    }

    @Test
    void should_refuse_values_it_did_not_write() {
        assertThat(TurnRef.parse(null)).isEmpty();
        assertThat(TurnRef.parse("slack-T1-C2")).isEmpty();
        assertThat(TurnRef.parse("slack-T1-C2#0")).isEmpty();
        assertThat(TurnRef.parse("slack T1#1")).isEmpty();
        assertThat(TurnRef.parse("slack-T1#99999999999")).isEmpty();
    }
}
