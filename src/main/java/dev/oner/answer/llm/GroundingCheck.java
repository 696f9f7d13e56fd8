package dev.oner.answer.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.oner.chunking.SentenceChunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Decides, offline and before anyone sees it, whether a model's reply is grounded in the numbered sentences it was
 * shown. A reply passes only when:
 *
 * <ol>
 *   <li>it does not repeat the prompts;
 *   <li>every marker names a sentence that was shown;
 *   <li>every sentence of it carries a marker;
 *   <li>every number, name and date in a sentence occurs in the sentences it cites;
 *   <li>every sentence is supported by the sentences it cites: the mean of its dense similarity to them and the
 *       share of its content words they hold reaches {@code minSupport}, a threshold chosen on labelled examples
 *       ({@code src/test/resources/grounding/labelled-claims.json}, README "Grounding check").
 * </ol>
 *
 * <p>Hand-written because no library checks generated text against citations; it reuses LangChain4j's embedding
 * model and Lucene's English analyzer for the parts that exist.
 */
final class GroundingCheck {

    /** The reply's sentences could not be trusted; {@code reason} is a short tag for logs and metrics. */
    record Failure(String reason, String detail) {}

    /**
     * One sentence of a reply and what it rests on.
     *
     * @param text the sentence without its markers
     * @param markers the sentence numbers it cites, in the order written
     */
    record Claim(String text, List<Integer> markers) {}

    /**
     * How well cited sentences support a claim.
     *
     * @param dense cosine similarity between the claim and the mean of the cited sentences' embeddings
     * @param overlap share of the claim's content words (stemmed, stop words dropped) found in the cited sentences
     */
    record Support(double dense, double overlap) {
        double value() {
            return (dense + overlap) / 2;
        }
    }

    /** What the check found: the claims with their support, or the first reason to distrust the reply. */
    record Verdict(List<Claim> claims, List<Support> supports, Failure failure) {
        boolean grounded() {
            return failure == null;
        }

        static Verdict failed(String reason, String detail) {
            return new Verdict(List.of(), List.of(), new Failure(reason, detail));
        }
    }

    static final String PROMPT_LEAK = "prompt-leak";
    static final String MARKER_OUT_OF_RANGE = "marker-out-of-range";
    static final String UNCITED_SENTENCE = "uncited-sentence";
    static final String UNSUPPORTED_FACT = "unsupported-fact";
    static final String UNSUPPORTED_SENTENCE = "unsupported-sentence";

    static final Pattern MARKER_GROUP = Pattern.compile("\\[\\s*\\d+(?:\\s*[,;]\\s*\\d+)*\\s*]");
    private static final Pattern MARKERS_AFTER_STOP =
            Pattern.compile("([.!?][\"”’')]*)((?:\\s*\\[\\s*\\d+(?:\\s*[,;]\\s*\\d+)*\\s*])+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’')]?)\\s+(?=\\S)");
    // Words after which a full stop does not end a sentence.
    private static final Set<String> ABBREVIATIONS =
            Set.of("mr", "mrs", "ms", "dr", "jr", "sr", "st", "vs", "etc", "inc", "ltd", "co", "no", "mt", "prof");
    private static final Map<String, String> NUMBER_WORDS = numberWords();

    private final EmbeddingModel embeddings;
    private final Prompts prompts;
    private final double minSupport;
    private final Analyzer analyzer = new EnglishAnalyzer();
    // Cited sentences recur across questions; their vectors are kept rather than embedded again.
    private final Cache<String, Embedding> sentenceVectors =
            Caffeine.newBuilder().maximumSize(10_000).build();

    GroundingCheck(EmbeddingModel embeddings, Prompts prompts, double minSupport) {
        this.embeddings = embeddings;
        this.prompts = prompts;
        this.minSupport = minSupport;
    }

    Verdict check(String reply, Passages passages) {
        if (prompts.leaksInto(reply)) {
            return Verdict.failed(PROMPT_LEAK, "the reply repeats a prompt file");
        }
        List<Claim> claims = claims(reply);
        for (Claim claim : claims) {
            for (int n : claim.markers()) {
                if (!passages.contains(n)) {
                    return Verdict.failed(MARKER_OUT_OF_RANGE, "[" + n + "] of " + passages.size() + " sentences");
                }
            }
        }
        List<Support> supports = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.markers().isEmpty()) {
                return Verdict.failed(UNCITED_SENTENCE, claim.text());
            }
            List<SentenceChunk> cited =
                    claim.markers().stream().map(passages::sentence).toList();
            String unsupported = unsupportedFact(claim.text(), cited);
            if (unsupported != null) {
                return Verdict.failed(UNSUPPORTED_FACT, "'" + unsupported + "' in: " + claim.text());
            }
            Support support = support(
                    claim.text(), cited.stream().map(SentenceChunk::text).toList());
            if (support.value() < minSupport) {
                return Verdict.failed(
                        UNSUPPORTED_SENTENCE,
                        "support %.3f < %.3f: %s".formatted(support.value(), minSupport, claim.text()));
            }
            supports.add(support);
        }
        return new Verdict(claims, supports, null);
    }

    /** The reply's sentences with the markers each carries; a marker written after the full stop belongs before. */
    static List<Claim> claims(String reply) {
        String text = MARKERS_AFTER_STOP.matcher(reply.strip()).replaceAll("$2$1");
        List<Claim> claims = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        Matcher end = SENTENCE_END.matcher(text);
        int from = 0;
        while (end.find()) {
            sentence.append(text, from, end.start());
            from = end.end();
            if (!endsWithAbbreviation(sentence)) {
                addClaim(claims, sentence.toString());
                sentence.setLength(0);
            } else {
                sentence.append(' ');
            }
        }
        sentence.append(text.substring(from));
        addClaim(claims, sentence.toString());
        return claims;
    }

    private static void addClaim(List<Claim> claims, String sentence) {
        List<Integer> markers = new ArrayList<>();
        Matcher group = MARKER_GROUP.matcher(sentence);
        while (group.find()) {
            for (String n : group.group().replaceAll("[\\[\\]\\s]", "").split("[,;]")) {
                markers.add(Integer.parseInt(n));
            }
        }
        String text = MARKER_GROUP
                .matcher(sentence)
                .replaceAll("")
                .replaceAll("\\s+([.,;:!?])", "$1")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.chars().anyMatch(Character::isLetterOrDigit)) {
            claims.add(new Claim(text, List.copyOf(new LinkedHashSet<>(markers))));
        }
    }

    private static boolean endsWithAbbreviation(CharSequence sentence) {
        String[] words = sentence.toString().split("\\s+");
        String last = words[words.length - 1].replaceAll("[.\"”’')]+$", "");
        // "J." in "Michael J. Fox", "U.S." and the listed titles.
        return last.length() == 1 && Character.isUpperCase(last.charAt(0))
                || last.matches("(\\p{L}\\.)+\\p{L}")
                || ABBREVIATIONS.contains(last.toLowerCase(Locale.ROOT));
    }

    /** A number or a name in the claim that none of the cited sentences holds, or null. */
    static String unsupportedFact(String claim, List<SentenceChunk> cited) {
        String citedText =
                String.join(" ", cited.stream().map(SentenceChunk::text).toList());
        Set<String> citedNumbers = numbers(citedText);
        for (String number : numbers(claim)) {
            if (!citedNumbers.contains(number)) {
                return number;
            }
        }
        Set<String> citedWords = words(citedText);
        Matcher name = CAPITALISED.matcher(claim);
        while (name.find()) {
            // The first word is capitalised because it starts the sentence; it is a name only if it recurs.
            if (name.start() == 0 || claim.substring(0, name.start()).isBlank()) {
                continue;
            }
            String word = name.group().replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
            if (!word.equals("i") && !NUMBER_WORDS.containsKey(word) && !citedWords.contains(word)) {
                return name.group();
            }
        }
        return null;
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            numbers.add(number.group().replace(",", "").replaceAll("\\.0+$", ""));
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (NUMBER_WORDS.containsKey(word)) {
                numbers.add(NUMBER_WORDS.get(word));
            }
        }
        return numbers;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
            String bare = word.replaceAll("['’]s$", "");
            words.add(bare);
            // "one-shot" holds "one" and "shot" as well.
            words.addAll(List.of(bare.split("[-'’]")));
        }
        return words;
    }

    Support support(String claim, List<String> cited) {
        Embedding claimVector = embeddings.embed(claim).content();
        float[] mean = new float[claimVector.dimension()];
        for (String sentence : cited) {
            float[] vector = sentenceVectors
                    .get(sentence, text -> embeddings.embed(text).content())
                    .vector();
            for (int i = 0; i < mean.length; i++) {
                mean[i] += vector[i];
            }
        }
        double dense = CosineSimilarity.between(claimVector, new Embedding(mean));
        Set<String> claimStems = stems(claim);
        Set<String> citedStems = stems(String.join(" ", cited));
        double overlap = claimStems.isEmpty()
                ? 1
                : claimStems.stream().filter(citedStems::contains).count() / (double) claimStems.size();
        return new Support(dense, overlap);
    }

    private Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private static Map<String, String> numberWords() {
        // "One" is left out: "one of the scenes" counts nothing.
        String[] units = {
            "",
            "",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty"
        };
        Map<String, String> words = new HashMap<>();
        for (int i = 2; i < units.length; i++) {
            words.put(units[i], Integer.toString(i));
        }
        String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            words.put(tens[i], Integer.toString(30 + 10 * i));
        }
        return Map.copyOf(words);
    }
}
