package dev.oner.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ArticleConfiguration {

    // Two example questions about names, beside "What is this article about?": enough to show what can be asked.
    private static final int EXAMPLE_NAMES = 2;

    @Bean
    ArticleOverview articleOverview(Article article) {
        return ArticleOverview.of(article, EXAMPLE_NAMES);
    }

    @Bean
    Article article(ArticleProperties properties) throws IOException {
        String source = properties.location().getContentAsString(StandardCharsets.UTF_8);
        var dropLines = properties.dropLines().stream().map(Pattern::compile).toList();
        return new ArticleNormaliser(dropLines).normalise(source);
    }
}
