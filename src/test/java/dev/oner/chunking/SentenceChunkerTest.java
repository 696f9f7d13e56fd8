package dev.oner.chunking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

class SentenceChunkerTest {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = {Article.class, SentenceChunk.class})
    @ConfigurationPropertiesScan(basePackageClasses = {Article.class, SentenceChunk.class})
    static class ArticleAndChunks {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(ArticleAndChunks.class);

    @Test
    void should_keep_the_sentence_after_Jr_whole() {
        context.run(spring -> {
            ArticleChunks chunks = spring.getBean(ArticleChunks.class);

            assertThat(chunks.sentences())
                    .extracting(SentenceChunk::text)
                    .contains("Extraction stars Chris Hemsworth as mercenary Tyler Rake, who is hired to rescue"
                            + " Ovi Mahajan Jr. (Rudhrasksh Jaiswal) during a mission in Bangladesh.")
                    .noneMatch(text -> text.startsWith("("))
                    .noneMatch(text -> Character.isLowerCase(text.charAt(0)));
        });
    }

    @Test
    void should_keep_a_dateline_with_an_abbreviated_month_in_its_sentence(@TempDir Path folder) throws IOException {
        // given: a wire story whose dateline abbreviates the month, where the model ends a sentence at "Jan."
        Path story = folder.resolve("storm.txt");
        Files.writeString(
                story,
                "PORT ELM, Jan. 14 (Wire) - Crews spent Tuesday clearing the harbour after the storm. The harbour"
                        + " master, 58, said it would stay shut for ten days.\n");

        context.withPropertyValues("oner.article.location=file:" + story).run(spring -> {
            // then: the dateline opens the lead sentence instead of standing alone
            assertThat(spring.getBean(ArticleChunks.class).sentences())
                    .extracting(SentenceChunk::text)
                    .containsExactly(
                            "PORT ELM, Jan. 14 (Wire) - Crews spent Tuesday clearing the harbour after the storm.",
                            "The harbour master, 58, said it would stay shut for ten days.");
        });
    }

    @Test
    void should_place_every_sentence_exactly_in_the_article() {
        context.run(spring -> {
            Article article = spring.getBean(Article.class);
            ArticleChunks chunks = spring.getBean(ArticleChunks.class);

            assertThat(chunks.size()).isEqualTo(18);
            for (SentenceChunk sentence : chunks.sentences()) {
                assertThat(article.slice(sentence.start(), sentence.end())).isEqualTo(sentence.text());
                var paragraph = article.paragraphs().get(sentence.paragraph() - 1);
                assertThat(sentence.start()).isBetween(paragraph.start(), paragraph.end());
                assertThat(sentence.end()).isBetween(paragraph.start(), paragraph.end());
            }
            assertThat(chunks.sentences())
                    .extracting(SentenceChunk::index)
                    .containsExactlyElementsOf(
                            java.util.stream.IntStream.range(0, 18).boxed().toList());
        });
    }

    @Test
    void should_carry_its_place_through_a_text_segment() {
        var sentence = new SentenceChunk(3, 2, 445, 645, "Talking with Scott Adkins.");

        assertThat(SentenceChunk.from(sentence.toSegment())).isEqualTo(sentence);
    }

    @Test
    void should_read_a_sentence_without_its_dateline() {
        // given: datelines as wire stories write them, and sentences that only look like one
        var datelines = java.util.List.of(
                "PORT ARLAN, Skerrow Island, October 14 (Coastal News Service) - A fire swept through the terminal.",
                "HALLOWAY BRIDGE, April 2 \u2014 A fire swept through the terminal.",
                "BRANMOUTH (Wire) \u2014 A fire swept through the terminal.",
                "KELLERBY, March 14 \u2013 A fire swept through the terminal.",
                "KELLPORT, Jan. 14 (Coastline News Service) - A fire swept through the terminal.",
                "HALVERSTOKE \u2014 A fire swept through the terminal.");
        var plain = java.util.List.of(
                "A fire swept through the terminal - the second in a decade.",
                "NASA said on Monday that the launch - its first in a year - would go ahead.",
                "The 34-year-old Spaniard, who rides for Lumen-Vega, won - again.");

        // then: the dateline goes, and nothing else does
        for (String text : datelines) {
            assertThat(new SentenceChunk(0, 1, 0, text.length(), text).body())
                    .isEqualTo("A fire swept through the terminal.");
        }
        for (String text : plain) {
            assertThat(new SentenceChunk(0, 1, 0, text.length(), text).body()).isEqualTo(text);
        }
    }
}
