package dev.oner.chunking;

import dev.langchain4j.data.document.splitter.DocumentBySentenceSplitter;
import dev.oner.article.Article;
import dev.oner.article.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the article into sentences with OpenNLP (through LangChain4j's sentence splitter) and repairs the splits
 * the model gets wrong: a piece that cannot start a sentence (lower case, an opening bracket) belongs to the one
 * before it, as after "Ovi Mahajan Jr." where the model sees an abbreviation's full stop as a sentence end.
 */
final class SentenceChunker {

    private final DocumentBySentenceSplitter splitter;
    private final Pattern fragmentStart;

    SentenceChunker(DocumentBySentenceSplitter splitter, Pattern fragmentStart) {
        this.splitter = splitter;
        this.fragmentStart = fragmentStart;
    }

    List<SentenceChunk> chunk(Article article) {
        List<SentenceChunk> chunks = new ArrayList<>();
        for (Paragraph paragraph : article.paragraphs()) {
            String text = article.text(paragraph);
            int cursor = 0;
            for (String sentence : splitter.split(text)) {
                int at = text.indexOf(sentence, cursor);
                if (at < 0) {
                    throw new IllegalStateException("sentence splitter changed the text of: " + sentence);
                }
                cursor = at + sentence.length();
                int start = paragraph.start() + at;
                int end = paragraph.start() + cursor;
                SentenceChunk previous = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
                if (previous != null
                        && previous.paragraph() == paragraph.number()
                        && fragmentStart.matcher(sentence).lookingAt()) {
                    chunks.set(
                            chunks.size() - 1, sentence(previous.index(), paragraph, previous.start(), end, article));
                } else {
                    chunks.add(sentence(chunks.size(), paragraph, start, end, article));
                }
            }
        }
        return List.copyOf(chunks);
    }

    private static SentenceChunk sentence(int index, Paragraph paragraph, int start, int end, Article article) {
        return new SentenceChunk(index, paragraph.number(), start, end, article.slice(start, end));
    }
}
