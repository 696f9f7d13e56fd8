package dev.oner.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
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
    private static final Pattern NAME = Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}'\u2019-]+");

    private final CharArraySet stopWords;
    private final Analyzer analyzer;
    private final Analyzer unstemmed;
    private final IndexSearcher searcher;
    private final int[] sentenceOfDoc;
    private final TermMatcher matcher;
    private final List<Set<String>> sentenceTerms;
    private final List<Set<String>> namesIn;
    private final List<Set<String>> contextNames;
    private final List<Set<String>> earlierNames;
    private final List<Set<String>> previousTerms;
    private final Set<String> leadNames;
    private final Set<String> vocabulary;
    private final Set<String> namesOnly;
    private final float variantBoost;
    private final Map<String, Set<String>> related;
    private final Map<String, Set<String>> kinds;
    private final float relatedBoost;
    // A question's words come back in the next request and in the answerer: find their article terms once.
    private final Cache<QueryWord, TermMatch> matches =
            Caffeine.newBuilder().maximumSize(10_000).build();

    /**
     * The article terms that stand for one word of a question.
     *
     * @param same the word itself when the article uses it, and its variants (derivations by prefix, typos)
     * @param related article terms it is a lexical relation of (WordNet synonym or derivation), not in {@code same}
     * @param kinds article nouns that name kinds of it ("boat" for "vessel"), not in the others: they count it, they
     *     do not mean it, so they make no word known
     */
    public record TermMatch(Set<String> same, Set<String> related, Set<String> kinds) {

        public boolean isEmpty() {
            return same.isEmpty() && related.isEmpty();
        }
    }

    /**
     * One word of a question.
     *
     * @param term as the index sees it (stemmed)
     * @param word as the question spells it (lower case, without a possessive): the lexicon's relations are a word's,
     *     not a stem's
     */
    public record QueryWord(String term, String word) {}

    KeywordIndex(
            ArticleChunks chunks,
            float k1,
            float b,
            TermMatcher matcher,
            float variantBoost,
            Lexicon lexicon,
            float relatedBoost,
            Collection<String> extraStopWords) {
        this.stopWords = new CharArraySet(snowballStopWords(), false);
        this.stopWords.addAll(extraStopWords);
        this.analyzer = new EnglishAnalyzer(stopWords);
        this.unstemmed = unstemmed(stopWords);
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
            this.sentenceOfDoc = sentenceOfDoc(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
        this.searcher.setSimilarity(similarity);
        this.sentenceTerms = List.copyOf(terms);
        List<Set<String>> namesIn = namesIn(chunks);
        this.namesIn = List.copyOf(namesIn);
        this.contextNames = contextNames(chunks, namesIn);
        this.earlierNames = earlierNames(namesIn);
        this.previousTerms = previousTerms(chunks, sentenceTerms);
        this.namesOnly = namesOnly(chunks, sentenceTerms);
        this.leadNames = namesIn.isEmpty() ? Set.of() : namesIn.get(0);
        this.relatedBoost = relatedBoost;
        this.related = toArticleTerms(lexicon.related());
        this.kinds = toArticleTerms(lexicon.kinds());
    }

    // The names (capitalised words past a sentence's first) each sentence uses, as terms.
    private List<Set<String>> namesIn(ArticleChunks chunks) {
        List<Set<String>> names = new ArrayList<>();
        for (SentenceChunk sentence : chunks.sentences()) {
            Set<String> own = new TreeSet<>();
            var matcher = NAME.matcher(sentence.text());
            while (matcher.find()) {
                own.addAll(terms(matcher.group()));
            }
            names.add(Set.copyOf(own));
        }
        return names;
    }

    // The names that the sentence before and earlier sentences of the same paragraph used: a sentence about someone
    // named just before often says "she" or "the 34-year-old" instead.
    private static List<Set<String>> contextNames(ArticleChunks chunks, List<Set<String>> namesIn) {
        List<Set<String>> contexts = new ArrayList<>();
        Set<String> paragraphNames = new TreeSet<>();
        Set<String> previousNames = Set.of();
        int paragraph = -1;
        List<SentenceChunk> sentences = chunks.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).paragraph() != paragraph) {
                paragraphNames = new TreeSet<>();
                paragraph = sentences.get(i).paragraph();
            }
            Set<String> context = new TreeSet<>(paragraphNames);
            context.addAll(previousNames);
            contexts.add(Set.copyOf(context));
            paragraphNames.addAll(namesIn.get(i));
            previousNames = namesIn.get(i);
        }
        // A news lead often describes what the next sentence names ("A two-room distillery ... has won" before
        // "Skerrow Distilling Co., founded in 2017, ..."): the lead is about those names too.
        if (sentences.size() > 1) {
            Set<String> lead = new TreeSet<>(contexts.get(0));
            lead.addAll(namesIn.get(1));
            contexts.set(0, Set.copyOf(lead));
        }
        return List.copyOf(contexts);
    }

    // The terms the article uses only inside names: "Chase" in "Pennick Chase" is a wood, not a pursuit.
    private Set<String> namesOnly(ArticleChunks chunks, List<Set<String>> sentenceTerms) {
        Set<String> names = new TreeSet<>();
        sentenceTerms.forEach(names::addAll);
        for (SentenceChunk sentence : chunks.sentences()) {
            names.removeAll(terms(NAME.matcher(sentence.text()).replaceAll(" ")));
        }
        return Set.copyOf(names);
    }

    // The terms of the sentence before each one in its paragraph; none for a paragraph's first.
    private static List<Set<String>> previousTerms(ArticleChunks chunks, List<Set<String>> sentenceTerms) {
        List<Set<String>> previous = new ArrayList<>();
        List<SentenceChunk> sentences = chunks.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            boolean continues = i > 0
                    && sentences.get(i - 1).paragraph() == sentences.get(i).paragraph();
            previous.add(continues ? sentenceTerms.get(i - 1) : Set.of());
        }
        return List.copyOf(previous);
    }

    // Every name the article gave before each sentence.
    private static List<Set<String>> earlierNames(List<Set<String>> namesIn) {
        List<Set<String>> earlier = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (Set<String> own : namesIn) {
            earlier.add(Set.copyOf(names));
            names.addAll(own);
        }
        return List.copyOf(earlier);
    }

    // The lexicon's keys stay words as WordNet spells them, as a relation is a word's and not a stem's ("treasured"
    // means "wanted", "treasurer" does not); the article's words it leads to become the stems the index matches.
    private Map<String, Set<String>> toArticleTerms(Map<String, Set<String>> lexicon) {
        Map<String, Set<String>> articleTerms = new HashMap<>();
        lexicon.forEach((word, articleWords) -> {
            List<String> own = terms(word);
            for (String articleWord : articleWords) {
                for (String articleStem : terms(articleWord)) {
                    if (!own.contains(articleStem) && vocabulary.contains(articleStem)) {
                        articleTerms
                                .computeIfAbsent(word, any -> new TreeSet<>())
                                .add(articleStem);
                    }
                }
            }
        });
        return Map.copyOf(articleTerms);
    }

    // The index's analyser without its stemmer: the same tokens, one for one, as the question spells them.
    private static Analyzer unstemmed(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, stopWords);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** Sentences sharing words with the text, best first; a word's variants count for a little less than it. */
    public List<KeywordHit> search(String text, int maxResults) {
        var query = new BooleanQuery.Builder();
        for (QueryWord word : new LinkedHashSet<>(queryWords(text))) {
            TermMatch match = match(word);
            for (String same : match.same()) {
                float boost = same.equals(word.term()) ? 1 : variantBoost;
                query.add(new BoostQuery(termQuery(same), boost), BooleanClause.Occur.SHOULD);
            }
            for (String relation : match.related()) {
                query.add(new BoostQuery(termQuery(relation), relatedBoost), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            List<KeywordHit> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), maxResults).scoreDocs) {
                hits.add(new KeywordHit(sentenceOfDoc[hit.doc], hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
    }

    /** The text's words as the index sees them: lower case, stemmed, without stop words, in order. */
    public List<String> terms(String text) {
        return analyse(analyzer, text);
    }

    private static List<String> analyse(Analyzer analyzer, String text) {
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
        return terms(text).stream().filter(this::isQueryTerm).toList();
    }

    /** A question's words as {@link #queryTerms} gives them, each with its spelling in the question. */
    public List<QueryWord> queryWords(String text) {
        List<String> terms = terms(text);
        List<String> words = analyse(unstemmed, text);
        List<QueryWord> queryWords = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            if (isQueryTerm(term)) {
                queryWords.add(new QueryWord(term, words.size() == terms.size() ? words.get(i) : term));
            }
        }
        return queryWords;
    }

    private boolean isQueryTerm(String term) {
        return vocabulary.contains(term) || !(isStopWord(term) || isSwappedStopWord(term));
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

    /** The article's own terms that stand for this term, read as a word of its own. */
    public TermMatch match(String term) {
        return match(new QueryWord(term, term));
    }

    /** The article's own terms that stand for this word of a question, found once per word and remembered. */
    public TermMatch match(QueryWord word) {
        return matches.get(word, this::findMatch);
    }

    private TermMatch findMatch(QueryWord word) {
        String term = word.term();
        Set<String> same = variants(term);
        if (vocabulary.contains(term)) {
            same.add(term);
        }
        // A lexical relation is between words, not names: a word the article uses only in a name stands for nothing
        // else.
        Set<String> relations = new TreeSet<>();
        Set<String> kindsOf = new TreeSet<>();
        for (String base : BaseForms.of(word.word())) {
            relations.addAll(related.getOrDefault(base, Set.of()));
            kindsOf.addAll(kinds.getOrDefault(base, Set.of()));
        }
        relations.removeAll(same);
        relations.removeAll(namesOnly);
        kindsOf.removeAll(same);
        kindsOf.removeAll(namesOnly);
        kindsOf.removeAll(relations);
        return new TermMatch(Set.copyOf(same), Set.copyOf(relations), Set.copyOf(kindsOf));
    }

    /** Whether the article uses this term as it is. */
    public boolean contains(String term) {
        return vocabulary.contains(term);
    }

    public Set<String> termsOf(int sentence) {
        return sentenceTerms.get(sentence);
    }

    /** The names this sentence uses (capitalised words past its first), as terms. */
    public Set<String> namesOf(int sentence) {
        return namesIn.get(sentence);
    }

    /** The names earlier sentences of this sentence's paragraph used, as terms. */
    public Set<String> contextTermsOf(int sentence) {
        return contextNames.get(sentence);
    }

    /**
     * The terms of the sentence before this one in its paragraph: news style says what a thing is about once and
     * goes on about it ("Members voted in a ballot on Monday. Turnout was 91 percent.").
     */
    public Set<String> previousTermsOf(int sentence) {
        return previousTerms.get(sentence);
    }

    /** Every name the article gave before this sentence, as terms: a person named once may be "she" much later. */
    public Set<String> earlierNamesOf(int sentence) {
        return earlierNames.get(sentence);
    }

    /**
     * The names the article's first sentence uses, as terms. A news lead names what the whole article is about (the
     * town, the company, the observatory), and later sentences leave it unsaid: "raised council tax by 4.99 percent"
     * is about the lead's town.
     */
    public Set<String> leadNames() {
        return leadNames;
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

    // Read once at start: each storedFields() call clones the reader's buffers, which per hit was about 8% of what a
    // question allocated (JFR; README, "Speed and memory").
    private static int[] sentenceOfDoc(IndexSearcher searcher) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] sentences = new int[searcher.getIndexReader().maxDoc()];
        for (int doc = 0; doc < sentences.length; doc++) {
            sentences[doc] =
                    stored.document(doc).getField(SENTENCE).numericValue().intValue();
        }
        return sentences;
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
