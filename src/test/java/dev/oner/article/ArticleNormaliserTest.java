package dev.oner.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

class ArticleNormaliserTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ArticleConfiguration.class, Properties.class);

    @EnableConfigurationProperties(ArticleProperties.class)
    static class Properties {}

    @Test
    void should_replace_every_non_breaking_space_with_a_plain_one() {
        context.run(spring -> {
            Article article = spring.getBean(Article.class);

            assertThat(article.text()).doesNotContain("\u00a0").doesNotContain("  ");
            assertThat(article.text()).contains("The Netflix movie Extraction includes");
        });
    }

    @Test
    void should_drop_link_and_caption_lines_that_are_not_article_text() {
        context.run(spring -> {
            Article article = spring.getBean(Article.class);

            assertThat(article.text())
                    .doesNotContain("RELATED:")
                    .doesNotContain("Cast Guide")
                    .doesNotContain("Chris Hemsworth in Extraction pic")
                    .doesNotContain("NEXT:")
                    .doesNotContain("Taylor Rake");
            assertThat(article.paragraphs()).hasSize(6);
        });
    }

    @Test
    void should_drop_photo_credits_and_newsletter_calls_of_any_article() {
        context.withPropertyValues("oner.article.location=classpath:articles/orrery-theatre.txt")
                .run(spring -> {
                    Article article = spring.getBean(Article.class);

                    assertThat(article.text())
                            .doesNotContain("(Photo:")
                            .doesNotContain("Sign up for our newsletter")
                            .doesNotContain("RELATED:")
                            .contains("The Orrery");
                });
    }

    @Test
    void should_keep_the_source_paragraphs_word_for_word_and_in_order() throws Exception {
        String source = new ClassPathResource("article/extraction-oner.txt").getContentAsString(StandardCharsets.UTF_8);
        List<String> sourceLines = source.lines()
                .map(line -> line.replace('\u00a0', ' ').strip())
                .filter(line -> !line.isEmpty())
                .toList();
        context.run(spring -> {
            Article article = spring.getBean(Article.class);

            List<String> kept = article.paragraphs().stream().map(article::text).toList();
            assertThat(sourceLines).containsSubsequence(kept).hasSize(kept.size() + 3);
        });
    }

    @Test
    void should_number_paragraphs_from_one_with_offsets_into_the_text() {
        context.run(spring -> {
            Article article = spring.getBean(Article.class);

            Paragraph first = article.paragraphs().get(0);
            Paragraph last = article.paragraphs().get(article.paragraphs().size() - 1);
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.start()).isZero();
            assertThat(article.text(first)).startsWith("The Netflix movie").endsWith("streaming platform.");
            assertThat(last.end()).isEqualTo(article.text().length());
            assertThat(article.text(last)).startsWith("Had Hargrave not been able");
        });
    }

    @Test
    void should_drop_lines_matching_configured_patterns_only() {
        var normaliser = new ArticleNormaliser(List.of(Pattern.compile("AD:.*")));

        Article article = normaliser.normalise("First\u00a0line.\n\nAD: buy now\n\nSecond  line.\n");

        assertThat(article.text()).isEqualTo("First line.\n\nSecond line.");
        assertThat(article.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(article.sourceSha256()).hasSize(64);
    }

    @Test
    void should_keep_a_headline_apart_from_the_text_it_never_cites() {
        context.withPropertyValues("oner.article.location=classpath:articles/quarry-trackway.txt")
                .run(spring -> {
                    Article article = spring.getBean(Article.class);

                    assertThat(article.headline())
                            .isEqualTo("Quarry workers uncover dinosaur trackway that could rewrite region's fossil"
                                    + " record");
                    assertThat(article.text())
                            .doesNotContain("Quarry workers uncover")
                            .startsWith("HOLLENMERE");
                });
    }

    @Test
    void should_take_no_headline_from_an_article_that_opens_with_its_text() {
        context.run(
                spring -> assertThat(spring.getBean(Article.class).headline()).isEmpty());
    }

    @Test
    void should_take_only_an_opening_line_without_a_label_as_the_headline() {
        var normaliser = new ArticleNormaliser(List.of(Pattern.compile(".*[^.]")));

        assertThat(normaliser
                        .normalise("Council backs deal\nIt did.\nA caption\n")
                        .headline())
                .isEqualTo("Council backs deal");
        assertThat(normaliser
                        .normalise("RELATED: Council backs deal\nIt did.\n")
                        .headline())
                .isEmpty();
        assertThat(normaliser.normalise("It did.\nCouncil backs deal\n").headline())
                .isEmpty();
        assertThat(normaliser.normalise("word ".repeat(30) + "\nIt did.\n").headline())
                .isEmpty();
        var newsletter = new ArticleNormaliser(List.of(Pattern.compile("Sign up.*")));
        assertThat(newsletter
                        .normalise("Sign up for our newsletter.\nIt did.\n")
                        .headline())
                .isEmpty();
    }
}
