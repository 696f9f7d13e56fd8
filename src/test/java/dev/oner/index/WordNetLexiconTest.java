package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordNetLexiconTest {

    private final WordNetLexicon wordNet = new WordNetLexicon(2, 12, 3);

    @Test
    void should_lead_an_irregular_form_to_the_article_word_of_its_base() {
        // given: an article that says "seeking" and "buy", never "sought" or "bought"
        Lexicon lexicon = wordNet.build(List.of("seeking", "buy", "harbour"));

        // then: a question's irregular forms reach them, as their base forms do
        assertThat(lexicon.related().get("sought")).contains("seeking");
        assertThat(lexicon.related().get("bought")).contains("buy");
        assertThat(lexicon.related().get("seek")).contains("seeking");
        // and an irregular form whose base the article never uses leads nowhere
        assertThat(lexicon.related()).doesNotContainKey("flew");
    }

    @Test
    void should_know_what_the_articles_nouns_name_kinds_of_for_counting() {
        // given: an article that counts boats and donors
        Lexicon lexicon = wordNet.build(List.of("boats", "donors"));

        // then: a boat is a vessel and a craft, so "How many vessels" is counted by "31 boats"
        assertThat(lexicon.kinds().get("vessel")).contains("boats");
        assertThat(lexicon.kinds().get("craft")).contains("boats");
        // but kinds are no synonyms: a vessel does not stand for a boat in the article's other sentences
        assertThat(lexicon.related().getOrDefault("vessel", Set.of())).doesNotContain("boats");
        // and the groups a kind belongs to are not followed: "people" would count any islanders, guests or donors
        assertThat(lexicon.kinds()).doesNotContainKey("people");
    }

    @Test
    void should_describe_its_settings_for_the_index_manifest() {
        assertThat(wordNet.describe())
                .contains("irregular forms", "first 2 senses", "at most 12 senses", "3 hypernym levels");
    }
}
