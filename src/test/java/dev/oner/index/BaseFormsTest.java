package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaseFormsTest {

    @Test
    void should_read_a_regular_inflection_back_to_its_base_form() {
        assertThat(BaseForms.of("treasures")).contains("treasures", "treasure");
        assertThat(BaseForms.of("debuted")).contains("debut");
        assertThat(BaseForms.of("premiered")).contains("premiere");
        assertThat(BaseForms.of("stopped")).contains("stop");
        assertThat(BaseForms.of("running")).contains("run");
        assertThat(BaseForms.of("firemen")).contains("fireman");
        assertThat(BaseForms.of("studies")).contains("study");
    }

    @Test
    void should_not_read_a_derivation_as_an_inflection() {
        assertThat(BaseForms.of("treasurer")).containsExactly("treasurer");
        assertThat(BaseForms.of("general")).containsExactly("general");
    }
}
