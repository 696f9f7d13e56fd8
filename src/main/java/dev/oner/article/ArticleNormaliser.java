package dev.oner.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Turns the source file into an {@link Article}. Hand-written because it is specific to how this article is
 * published: one paragraph per line, non-breaking spaces between words, and link and caption lines between the
 * paragraphs that are not part of the text.
 */
final class ArticleNormaliser {

    static final String PARAGRAPH_SEPARATOR = "\n\n";

    // Every Unicode space (U+00A0 among them) and tab counts as one plain space inside a paragraph.
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    // A labelled line ("RELATED: ...", "Photo: ...") is a link or a caption, and a line that ends a sentence (a call
    // to sign up for a newsletter) is not a heading: neither is a headline.
    private static final Pattern NOT_A_HEADLINE = Pattern.compile("\\S+(?:\\s\\S+)?:\\s.*|.*[.!?]");
    // Longer than any headline: a dropped opening line this long is something else.
    private static final int HEADLINE_MAX_WORDS = 25;

    private final List<Pattern> dropLines;

    ArticleNormaliser(List<Pattern> dropLines) {
        this.dropLines = List.copyOf(dropLines);
    }

    Article normalise(String source) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        String headline = "";
        boolean opening = true;
        for (String line : source.split("\\R")) {
            String paragraph = SPACES.matcher(line).replaceAll(" ").strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            boolean dropped = isDropped(paragraph);
            // A news file's first line, when it is not article text, is its headline.
            if (opening && dropped && isHeadline(paragraph)) {
                headline = paragraph;
            }
            opening = false;
            if (dropped) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(PARAGRAPH_SEPARATOR);
            }
            int start = text.length();
            text.append(paragraph);
            paragraphs.add(new Paragraph(paragraphs.size() + 1, start, text.length()));
        }
        return new Article(text.toString(), paragraphs, DigestUtils.sha256Hex(source), headline);
    }

    private static boolean isHeadline(String line) {
        return !NOT_A_HEADLINE.matcher(line).matches() && line.split(" ").length <= HEADLINE_MAX_WORDS;
    }

    private boolean isDropped(String paragraph) {
        return dropLines.stream().anyMatch(pattern -> pattern.matcher(paragraph).matches());
    }
}
