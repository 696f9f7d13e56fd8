package dev.oner.index;

import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * BM25 over the article's sentences with Lucene, plus what the answerer needs to weigh a question's words: their
 * analysed form, how rare each is in the article, and which article words stand for a word the article does not
 * use in that exact form.
 *
 * <p>Words are stemmed (Porter) and Snowball's English stop list is removed: it drops question words ("who",
 * "what", "did") that Lucene's shorter default list keeps and that would otherwise match every sentence. A few
 * more words that only shape a question ("else", "really") are configured on top.
 */
public final class KeywordIndex {

    private static final String TEXT = "text";
    private static final String SENTENCE = "sentence";

    private final CharArraySet stopWords;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final TermMatcher matcher;
    private final List<Set<String>> sentenceTerms;
    private final Set<String> vocabulary;
    private final float variantBoost;

    KeywordIndex(
            ArticleChunks chunks,
            float k1,
            float b,
            TermMatcher matcher,
            float variantBoost,
            Collection<String> extraStopWords) {
        this.stopWords = new CharArraySet(snowballStopWords(), false);
        this.stopWords.addAll(extraStopWords);
        this.analyzer = new EnglishAnalyzer(stopWords);
        this.matcher = matcher;
        this.variantBoost = variantBoost;
        var similarity = new BM25Similarity(k1, b);
        var directory = new ByteBuffersDirectory();
        List<Set<String>> terms = new ArrayList<>();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(similarity))) {
            for (SentenceChunk sentence : chunks.sentences()) {
                var document = new Document();
                document.add(new TextField(TEXT, sentence.text(), Field.Store.NO));
                document.add(new StoredField(SENTENCE, sentence.index()));
                writer.addDocument(document);
                terms.add(Set.copyOf(terms(sentence.text())));
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
            this.vocabulary = readVocabulary(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
        this.searcher.setSimilarity(similarity);
        this.sentenceTerms = List.copyOf(terms);
    }

    /** Sentences sharing words with the text, best first; a word's variants count for a little less than it. */
    public List<KeywordHit> search(String text, int maxResults) {
        var query = new BooleanQuery.Builder();
        for (String term : new LinkedHashSet<>(queryTerms(text))) {
            if (vocabulary.contains(term)) {
                query.add(termQuery(term), BooleanClause.Occur.SHOULD);
            }
            for (String variant : variants(term)) {
                query.add(new BoostQuery(termQuery(variant), variantBoost), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            List<KeywordHit> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), maxResults).scoreDocs) {
                int sentence = searcher.storedFields()
                        .document(hit.doc)
                        .getField(SENTENCE)
                        .numericValue()
                        .intValue();
                hits.add(new KeywordHit(sentence, hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
    }

    /** The text's words as the index sees them: lower case, stemmed, without stop words, in order. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }

    /**
     * A question's words as the index sees them. A word the article lacks that stems to a stop word ("whats"), or
     * is a stop word with two letters swapped ("teh", "waht"), goes as the stop word would.
     */
    public List<String> queryTerms(String text) {
        return terms(text).stream()
                .filter(term -> vocabulary.contains(term) || !(isStopWord(term) || isSwappedStopWord(term)))
                .toList();
    }

    // Stop words go before stemming, so a form the list lacks ("whats") can stem into one ("what").
    private boolean isStopWord(String term) {
        return stopWords.contains(term);
    }

    private boolean isSwappedStopWord(String term) {
        char[] letters = term.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            char[] swapped = letters.clone();
            swapped[i] = letters[i + 1];
            swapped[i + 1] = letters[i];
            if (stopWords.contains(swapped)) {
                return true;
            }
        }
        return false;
    }

    /** The article's own terms that stand for this one: itself if the article uses it, and its variants. */
    public Set<String> articleTermsFor(String term) {
        Set<String> terms = variants(term);
        if (vocabulary.contains(term)) {
            terms.add(term);
        }
        return terms;
    }

    public Set<String> termsOf(int sentence) {
        return sentenceTerms.get(sentence);
    }

    /** Inverse sentence frequency as BM25 weighs it; a term no sentence holds gets the highest weight. */
    public double idf(String term) {
        int n = sentenceTerms.size();
        long df = sentenceTerms.stream().filter(terms -> terms.contains(term)).count();
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private Set<String> variants(String term) {
        Set<String> variants = new TreeSet<>();
        for (String candidate : vocabulary) {
            if (matcher.isVariant(term, candidate)) {
                variants.add(candidate);
            }
        }
        return variants;
    }

    private static Query termQuery(String term) {
        return new TermQuery(new Term(TEXT, term));
    }

    private static Set<String> readVocabulary(IndexSearcher searcher) throws IOException {
        Set<String> vocabulary = new TreeSet<>();
        var terms = MultiTerms.getTerms(searcher.getIndexReader(), TEXT);
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                vocabulary.add(term.utf8ToString());
            }
        }
        return Set.copyOf(vocabulary);
    }

    private static CharArraySet snowballStopWords() {
        try {
            return WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene ships the Snowball stop list", e);
        }
    }
}
