package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordIndexTest {

    private final ArticleChunks chunks = new ArticleChunks(List.of(
            new SentenceChunk(0, 1, 0, 40, "Director Sam Hargrave fought for the oner."),
            new SentenceChunk(1, 1, 41, 90, "It captures a feeling of direct involvement."),
            new SentenceChunk(2, 2, 92, 130, "Chris Hemsworth plays Tyler Rake.")));

    private final KeywordIndex index = new KeywordIndex(
            chunks,
            1.2f,
            0.75f,
            new TermMatcher(5),
            0.8f,
            new Lexicon(
                    Map.of(
                            "battle",
                            Set.of("fought"),
                            "tally",
                            Set.of("count"),
                            "actor",
                            Set.of("rake"),
                            "chairman",
                            Set.of("director")),
                    Map.of()),
            0.5f,
            List.of("else"));

    @Test
    void should_drop_question_words_and_stem_the_rest() {
        assertThat(index.terms("Who did Hargrave fight for?")).containsExactly("hargrav", "fight");
        assertThat(index.terms("What else did he fight for?")).containsExactly("fight");
    }

    @Test
    void should_find_a_sentence_by_a_variant_of_a_question_word() {
        List<KeywordHit> hits = index.search("Who directed it?", 3);

        assertThat(hits).extracting(KeywordHit::sentence).contains(0, 1);
        assertThat(index.match("direct").same()).containsExactlyInAnyOrder("direct", "director");
    }

    @Test
    void should_find_nothing_for_words_the_article_does_not_use() {
        assertThat(index.search("What was the budget?", 3)).isEmpty();
        assertThat(index.match("budget").isEmpty()).isTrue();
    }

    @Test
    void should_find_a_sentence_by_a_lexical_relation_of_a_question_word_the_article_does_not_use() {
        List<KeywordHit> hits = index.search("Did he have to battle?", 3);

        assertThat(hits).extracting(KeywordHit::sentence).containsExactly(0);
        assertThat(matchOf("battle").related()).containsExactly("fought");
        assertThat(matchOf("battle").same()).isEmpty();
    }

    @Test
    void should_read_a_stop_word_with_swapped_letters_as_that_stop_word() {
        assertThat(index.queryTerms("how long is teh oner")).containsExactly("long", "oner");
        assertThat(index.queryTerms("Who plays Tyler Rake")).contains("plai", "tyler", "rake");
    }

    @Test
    void should_weigh_rare_words_above_common_ones_and_unknown_ones_highest() {
        assertThat(index.idf("budget")).isGreaterThan(index.idf("hargrav"));
        assertThat(index.idf("hargrav")).isGreaterThan(0);
    }

    @Test
    void should_not_take_a_word_the_article_uses_only_in_a_name_for_a_lexical_relation() {
        // "Rake" is only ever Tyler Rake's surname here, whatever a lexicon says "rake" is related to.
        assertThat(matchOf("actor").isEmpty()).isTrue();
        assertThat(matchOf("battles").related()).containsExactly("fought");
    }

    @Test
    void should_read_a_plural_in_men_as_its_singular_for_a_lexical_relation() {
        // The stemmer leaves "chairmen" as it is; WordNet, and so the lexicon, lists "chairman".
        assertThat(matchOf("chairmen").related()).containsExactly("director");
        assertThat(index.search("Who were the chairmen?", 3))
                .extracting(KeywordHit::sentence)
                .containsExactly(0);
    }

    @Test
    void should_not_give_a_word_the_lexical_relations_of_another_word_with_the_same_stem() {
        // "Treasurer" and "treasured" both stem to "treasur"; only "treasured" means "wanted".
        KeywordIndex wanted = new KeywordIndex(
                new ArticleChunks(List.of(new SentenceChunk(0, 1, 0, 30, "The painting was wanted back."))),
                1.2f,
                0.75f,
                new TermMatcher(5),
                0.8f,
                new Lexicon(Map.of("treasured", Set.of("wanted")), Map.of()),
                0.5f,
                List.of());

        assertThat(wanted.match(wanted.queryWords("Who is the treasurer?").get(0))
                        .isEmpty())
                .isTrue();
        assertThat(wanted.match(wanted.queryWords("Was it treasured?").get(0)).related())
                .containsExactly("want");
        assertThat(wanted.search("Who is the treasurer?", 3)).isEmpty();
    }

    private KeywordIndex.TermMatch matchOf(String word) {
        return index.match(index.queryWords(word).get(0));
    }
}
