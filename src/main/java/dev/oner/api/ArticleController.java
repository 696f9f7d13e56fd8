package dev.oner.api;

import dev.oner.article.Article;
import dev.oner.article.ArticleOverview;
import dev.oner.article.Paragraph;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = ApiDocs.ARTICLE)
@RestController
class ArticleController {

    /**
     * @param text the normalised article: citations' start and end index into it
     * @param paragraphs its paragraphs, numbered from 1, with their offsets
     * @param headline its headline, empty when the source has none; never cited, as it is not article text
     * @param lead its first sentence, which says what it is about
     * @param examples questions to start with, derived from the article
     */
    record ArticleView(String text, List<Paragraph> paragraphs, String headline, String lead, List<String> examples) {}

    private final ArticleView view;

    ArticleController(Article article, ArticleOverview overview) {
        this.view = new ArticleView(
                article.text(), article.paragraphs(), overview.headline(), overview.lead(), overview.examples());
    }

    @Operation(summary = "The article the bot answers from", description = "Citation offsets index into text.")
    @GetMapping(path = "/api/article", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleView article() {
        return view;
    }
}
