package dev.oner.article;

import java.util.List;

/**
 * The article as the bot reads it: whitespace normalised, non-article lines dropped, paragraphs joined by a blank
 * line. Every offset the bot hands out (citations, paragraphs) indexes into {@link #text()}.
 *
 * @param text the normalised text
 * @param paragraphs the paragraphs in reading order, numbered from 1
 * @param sourceSha256 hex SHA-256 of the source file, so derived data (the embedding index) can tell it is stale
 * @param headline the source's first line when it is a headline rather than article text (empty when it has none):
 *     shown as what the article is about, never cited
 */
public record Article(String text, List<Paragraph> paragraphs, String sourceSha256, String headline) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    public String text(Paragraph paragraph) {
        return slice(paragraph.start(), paragraph.end());
    }
}
