package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordNetLexiconTest {

    private final WordNetLexicon wordNet = new WordNetLexicon(2, 12);

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
    void should_describe_its_settings_for_the_index_manifest() {
        assertThat(wordNet.describe()).contains("irregular forms", "first 2 senses", "at most 12 senses");
    }
}
