package dev.oner.chunking;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;

/** The article's sentences in reading order. */
public record ArticleChunks(List<SentenceChunk> sentences) {

    public ArticleChunks {
        sentences = List.copyOf(sentences);
    }

    public SentenceChunk get(int index) {
        return sentences.get(index);
    }

    public int size() {
        return sentences.size();
    }

    /** A digest of every sentence and its offsets: it changes whenever normalising or splitting does. */
    public String fingerprint() {
        return DigestUtils.sha256Hex(sentences.stream()
                .map(s -> s.paragraph() + ":" + s.start() + ":" + s.end() + ":" + s.text())
                .collect(Collectors.joining("\n")));
    }
}
