package dev.oner.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the article's {@link Lexicon} from WordNet 3.1 (extJWNL, from its Maven data jar, offline). For each word
 * the article uses, it takes the synonyms and derivationally related forms of the word's most frequent senses only:
 * WordNet orders senses by frequency, and rare senses and wider relations (hypernyms, hyponyms) are what make raw
 * WordNet neighbours noisy ("camera" reaches "movie"). Vague words, those with many senses ("take", "make", "get"),
 * neither give nor receive relations: they would join almost anything.
 *
 * <p>Run at index time only; the result is cached beside the embeddings, so WordNet is not loaded on a start that
 * finds a current index.
 */
final class WordNetLexicon {

    private static final Logger log = LoggerFactory.getLogger(WordNetLexicon.class);
    private static final List<POS> PARTS_OF_SPEECH = List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE);

    private final int maxSenses;
    private final int maxPolysemy;
    private final int kindLevels;

    WordNetLexicon(int maxSenses, int maxPolysemy, int kindLevels) {
        this.maxSenses = maxSenses;
        this.maxPolysemy = maxPolysemy;
        this.kindLevels = kindLevels;
    }

    /** The settings that shape the result, recorded in the index manifest. */
    String describe() {
        return ("WordNet 3.1 (extjwnl) base forms, irregular forms, synonyms and derivations of the first %d senses,"
                        + " words of at most %d senses; %d hypernym levels above a noun's first sense, for counting")
                .formatted(maxSenses, maxPolysemy, kindLevels);
    }

    Lexicon build(Collection<String> articleWords) {
        long started = System.nanoTime();
        Map<String, Set<String>> related = new TreeMap<>();
        Map<String, Set<String>> kinds = new TreeMap<>();
        try {
            Dictionary dictionary = Dictionary.getDefaultResourceInstance();
            try {
                for (String word : new TreeSet<>(articleWords)) {
                    for (String lemma : relatedLemmas(dictionary, word)) {
                        related.computeIfAbsent(lemma, any -> new TreeSet<>()).add(word);
                    }
                    for (String wider : widerLemmas(dictionary, word)) {
                        kinds.computeIfAbsent(wider, any -> new TreeSet<>()).add(word);
                    }
                }
                addIrregularForms(dictionary, Set.copyOf(articleWords), related);
            } finally {
                dictionary.close();
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be read from its data jar", e);
        }
        log.info(
                "Lexicon: {} WordNet words lead to the article's {} words, built in {} ms",
                related.size(),
                articleWords.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Lexicon(related, kinds);
    }

    /**
     * What a noun names a kind of: the one-word lemmas of the hypernyms of its most frequent sense, a few levels up
     * ("boat": "vessel", "craft", "vehicle"), so that "How many vessels ...?" is counted by "31 boats". Only the
     * first sense and a few levels, as wider relations are what make WordNet noisy; used only to count, where the
     * number pins the sentence down. Not the groups a hypernym is a member of ("person" is a member of "people"):
     * "How many people live there?" would then be counted by any number of islanders, guests or patients, and
     * news style counts many kinds of people in one article.
     */
    private Set<String> widerLemmas(Dictionary dictionary, String word) throws JWNLException {
        Set<String> lemmas = new TreeSet<>();
        IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
        if (noun == null || noun.getSenses().isEmpty() || noun.getSenses().size() > maxPolysemy) {
            return lemmas;
        }
        List<Synset> level = List.of(noun.getSenses().get(0));
        for (int up = 0; up < kindLevels; up++) {
            List<Synset> next = new ArrayList<>();
            for (Synset synset : level) {
                for (Pointer pointer : synset.getPointers(PointerType.HYPERNYM)) {
                    Synset wider = pointer.getTargetSynset();
                    next.add(wider);
                    addLemmas(wider, lemmas);
                }
            }
            level = next;
        }
        lemmas.remove(noun.getLemma().toLowerCase(Locale.ROOT));
        return lemmas;
    }

    private static void addLemmas(Synset synset, Set<String> lemmas) {
        for (Word member : synset.getWords()) {
            String lemma = member.getLemma().toLowerCase(Locale.ROOT);
            if (lemma.chars().allMatch(Character::isLetter)) {
                lemmas.add(lemma);
            }
        }
    }

    private Set<String> relatedLemmas(Dictionary dictionary, String word) throws JWNLException {
        Set<String> lemmas = new TreeSet<>();
        for (POS pos : PARTS_OF_SPEECH) {
            // Through WordNet's morphology, so "debuted" finds "debut".
            IndexWord indexWord = dictionary.lookupIndexWord(pos, word);
            if (indexWord == null) {
                continue;
            }
            // The word's own base form, which no stemmer finds for an irregular one ("led", "won", "began").
            lemmas.add(indexWord.getLemma().toLowerCase(Locale.ROOT));
            if (indexWord.getSenses().size() > maxPolysemy) {
                continue;
            }
            List<Synset> senses = indexWord.getSenses();
            for (Synset sense : senses.subList(0, Math.min(maxSenses, senses.size()))) {
                for (Word synonym : sense.getWords()) {
                    add(dictionary, synonym, lemmas);
                }
                for (Word member : sense.getWords()) {
                    if (!member.getLemma().equalsIgnoreCase(indexWord.getLemma())) {
                        continue;
                    }
                    for (Pointer pointer : member.getPointers(PointerType.DERIVATION)) {
                        if (pointer.getTarget() instanceof Word derived) {
                            add(dictionary, derived, lemmas);
                        }
                    }
                }
            }
        }
        lemmas.remove(word);
        return lemmas;
    }

    /**
     * An irregular form leads where its base form does ("sought" to the article's "seeking", "bought" to "buy"): a
     * question may use a form the article does not, and at question time neither a stemmer nor the lexicon's base
     * forms find the base of an irregular one. From WordNet's exception lists, for the base forms the article leads
     * to.
     */
    private static void addIrregularForms(
            Dictionary dictionary, Set<String> articleWords, Map<String, Set<String>> related) throws JWNLException {
        Map<String, Set<String>> irregular = new TreeMap<>();
        for (POS pos : PARTS_OF_SPEECH) {
            Iterator<Exc> exceptions = dictionary.getExceptionIterator(pos);
            while (exceptions.hasNext()) {
                Exc exception = exceptions.next();
                String form = exception.getLemma().toLowerCase(Locale.ROOT);
                if (!form.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                for (String base : exception.getExceptions()) {
                    Set<String> leads = new TreeSet<>(related.getOrDefault(base, Set.of()));
                    if (articleWords.contains(base)) {
                        leads.add(base);
                    }
                    leads.remove(form);
                    if (!leads.isEmpty()) {
                        irregular.computeIfAbsent(form, any -> new TreeSet<>()).addAll(leads);
                    }
                }
            }
        }
        irregular.forEach((form, leads) ->
                related.computeIfAbsent(form, any -> new TreeSet<>()).addAll(leads));
    }

    // One-word lemmas only: a phrase ("first appearance") cannot be matched word by word without false hits.
    private void add(Dictionary dictionary, Word word, Set<String> lemmas) throws JWNLException {
        String lemma = word.getLemma().toLowerCase(Locale.ROOT);
        if (!lemma.chars().allMatch(Character::isLetter)) {
            return;
        }
        IndexWord own = dictionary.getIndexWord(word.getPOS(), lemma);
        if (own != null && own.getSenses().size() > maxPolysemy) {
            return;
        }
        lemmas.add(lemma);
    }
}
