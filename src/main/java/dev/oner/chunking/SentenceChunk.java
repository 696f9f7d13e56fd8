package dev.oner.chunking;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import java.util.regex.Pattern;

/**
 * One sentence of the article and exactly where it is. Its place travels with it as {@link TextSegment} metadata
 * through embedding, storage and retrieval, so a citation is read back from data, never searched for in text.
 *
 * @param index position among all sentences, from 0
 * @param paragraph number of the paragraph holding it, from 1
 * @param start offset of its first character in the normalised article
 * @param end offset just past its last character
 * @param text the sentence, equal to the article's text between start and end
 */
public record SentenceChunk(int index, int paragraph, int start, int end, String text) {

    static final String INDEX = "sentence";
    static final String PARAGRAPH = "paragraph";
    static final String START = "start";
    static final String END = "end";

    // A news dateline: the place in capitals, then perhaps a region, a date and the agency, then a dash.
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}{2,}[\\p{Lu}'\u2019.\\- ]*(,[^\u2014\u2013()]{1,60}?)?(\\s*\\([^()]{1,60}\\))?\\s+[\u2014\u2013-]\\s+");

    public TextSegment toSegment() {
        Metadata metadata = new Metadata()
                .put(INDEX, index)
                .put(PARAGRAPH, paragraph)
                .put(START, start)
                .put(END, end);
        return TextSegment.from(text, metadata);
    }

    public static SentenceChunk from(TextSegment segment) {
        Metadata metadata = segment.metadata();
        return new SentenceChunk(
                metadata.getInteger(INDEX),
                metadata.getInteger(PARAGRAPH),
                metadata.getInteger(START),
                metadata.getInteger(END),
                segment.text());
    }

    /**
     * The sentence without a news dateline at its start ("PORT ARLAN, October 14 (Coastal News Service) - "): where
     * and when the story was filed is not what it tells, so its date does not answer "When was it approved?".
     */
    public String body() {
        return DATELINE.matcher(text).replaceFirst("");
    }

    public int wordCount() {
        return wordCount(text);
    }

    /** The words of any stretch of article text, counted as a sentence's are. */
    public static int wordCount(String text) {
        return text.split("\\s+").length;
    }
}
