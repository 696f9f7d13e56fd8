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

    private final List<Pattern> dropLines;

    ArticleNormaliser(List<Pattern> dropLines) {
        this.dropLines = List.copyOf(dropLines);
    }

    Article normalise(String source) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String line : source.split("\\R")) {
            String paragraph = SPACES.matcher(line).replaceAll(" ").strip();
            if (paragraph.isEmpty() || isDropped(paragraph)) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(PARAGRAPH_SEPARATOR);
            }
            int start = text.length();
            text.append(paragraph);
            paragraphs.add(new Paragraph(paragraphs.size() + 1, start, text.length()));
        }
        return new Article(text.toString(), paragraphs, DigestUtils.sha256Hex(source));
    }

    private boolean isDropped(String paragraph) {
        return dropLines.stream().anyMatch(pattern -> pattern.matcher(paragraph).matches());
    }
}
