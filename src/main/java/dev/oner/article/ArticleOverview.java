package dev.oner.article;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader sees of the article before asking: its headline or lead sentence and a few example questions, derived
 * from whichever article is configured, so no page or message names a particular one.
 *
 * @param headline the article's headline, empty when the source has none
 * @param lead the article's first sentence, which in a news article says what it is about
 * @param examples questions the bot answers about this article: what it is about, and what it says about the first
 *     names it mentions
 */
public record ArticleOverview(String headline, String lead, List<String> examples) {

    // Two or three capitalised words together past a sentence's first word: a person's, place's or body's name.
    private static final Pattern NAME = Pattern.compile("(?<=\\S\\s)\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,2}");

    public ArticleOverview {
        examples = List.copyOf(examples);
    }

    static ArticleOverview of(Article article, int names) {
        String lead = "";
        if (!article.paragraphs().isEmpty()) {
            // The JDK's sentence boundaries are enough for one opening sentence, and keep this stage before chunking.
            String first = article.text(article.paragraphs().get(0));
            BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            sentences.setText(first);
            lead = first.substring(0, sentences.next()).strip();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = NAME.matcher(article.text());
        while (matcher.find() && found.size() < names) {
            found.add(matcher.group());
        }
        List<String> examples = new ArrayList<>(List.of("What is this article about?"));
        found.forEach(name -> examples.add("What does the article say about " + name + "?"));
        return new ArticleOverview(article.headline(), lead, examples);
    }
}
