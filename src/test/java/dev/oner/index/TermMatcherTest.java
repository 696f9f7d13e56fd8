package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermMatcherTest {

    private final TermMatcher matcher = new TermMatcher(5);

    @Test
    void should_join_a_word_to_a_longer_one_it_begins() {
        assertThat(matcher.isVariant("direct", "director")).isTrue();
        assertThat(matcher.isVariant("director", "direct")).isTrue();
    }

    @Test
    void should_join_a_typo_one_edit_away() {
        assertThat(matcher.isVariant("hemswroth", "hemsworth")).isTrue();
        assertThat(matcher.isVariant("hargrav", "hargrov")).isTrue();
        assertThat(matcher.isVariant("hargrav", "hergrov")).isFalse();
    }

    @Test
    void should_leave_short_words_and_the_word_itself_alone() {
        assertThat(matcher.isVariant("long", "longer")).isFalse();
        assertThat(matcher.isVariant("cost", "most")).isFalse();
        assertThat(matcher.isVariant("sequel", "sequel")).isFalse();
    }

    @Test
    void should_not_join_words_that_only_share_a_start() {
        assertThat(matcher.isVariant("sequel", "sequenc")).isFalse();
        assertThat(matcher.isVariant("perform", "perfect")).isFalse();
    }
}
