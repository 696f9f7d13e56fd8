package dev.oner.answer;

import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import dev.oner.index.KeywordIndex;
import dev.oner.index.People;
import dev.oner.retrieval.RetrievedSentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with the article's own sentences. Each retrieved sentence is scored by its dense similarity to the
 * question plus how much of the question's weighted words it holds plus a bonus when it holds the kind of answer
 * asked for; the best one answers, and up to two more join it when they score almost as well and cover words it
 * does not.
 *
 * <p>Only sentences about every name the question gives (in them or in their paragraph so far) may answer. It
 * abstains when no such sentence holds enough of the question's weighted words (a little less will do
 * for a sentence that stands out from the rest of the article by dense similarity): dense similarity alone
 * cannot tell (this model scores every sentence of the article between about 0.65 and 0.9 against any question
 * about it), while a question the article cannot answer almost always turns on a word it never uses.
 */
final class ExtractiveAnswerer implements Answerer {

    static final String MODE = "extractive";

    private final KeywordIndex index;
    private final People people;
    private final ArticleChunks chunks;
    private final AnswerProperties properties;
    private final Pattern asksForSummary;
    private final Pattern asksForTask;
    // Months and weekdays as the index sees them.
    private final Set<String> calendarTerms;

    ExtractiveAnswerer(KeywordIndex index, People people, ArticleChunks chunks, AnswerProperties properties) {
        this.index = index;
        this.people = people;
        this.chunks = chunks;
        this.properties = properties;
        this.asksForSummary = Pattern.compile(properties.summaryQuestion(), Pattern.CASE_INSENSITIVE);
        this.asksForTask = Pattern.compile(properties.taskRequest(), Pattern.CASE_INSENSITIVE);
        this.calendarTerms = AnswerType.CALENDAR.stream()
                .flatMap(word -> index.queryTerms(word).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static final Logger log = LoggerFactory.getLogger(ExtractiveAnswerer.class);

    // A sentence may speak of a person named earlier by pronoun, beside another person it names ("Pell said his
    // client would appeal").
    private static final Pattern PERSON_PRONOUN =
            Pattern.compile("\\b(?:he|him|his|she|her|hers)\\b", Pattern.CASE_INSENSITIVE);

    // Capitalised words together, or joined as names join them: "Carrow Foundation", "Brekke & Sons".
    private static final Pattern NAME_RUN =
            Pattern.compile("\\b\\p{Lu}\\p{Ll}+ (?:(?:&|and|of|" + AnswerType.Names.PARTICLES + ") )?\\p{Lu}\\p{Ll}+");

    // Where a clause ends inside a sentence: a semicolon, a colon or a spaced dash.
    private static final Pattern CLAUSE_END = Pattern.compile("[;:](?=\\s)|\\s[\u2014\u2013-](?=\\s)");
    // Such a mark left at the end of a quoted run of clauses.
    private static final Pattern CLAUSE_MARK = Pattern.compile("\\s*[;:,\u2014\u2013-]+$");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private static final Pattern OPENING_WORD = Pattern.compile(
            "(The|A|An|In|On|At|By|For|From|To|With|After|Before|When|But|And|It|This|That|Its|Their|His|Her|Last|Next)\\s");

    /** A candidate sentence's features and the score they add up to. */
    private record Scored(RetrievedSentence candidate, double coverage, boolean typed, boolean named, double score) {
        SentenceChunk sentence() {
            return candidate.sentence();
        }
    }

    @Override
    public Answer answer(String question, List<RetrievedSentence> candidates, Consumer<String> progress) {
        QuestionAnalysis analysis = QuestionAnalysis.of(question, index, people);
        AnswerType.Expectation type = analysis.expectation();
        // "How many countries": when some sentences count that very thing, only they hold the answer.
        Set<Integer> counting = analysis.countsThings()
                ? candidates.stream()
                        .filter(candidate ->
                                analysis.countsFocusIn(candidate.sentence().text(), index))
                        .map(candidate -> candidate.sentence().index())
                        .collect(Collectors.toUnmodifiableSet())
                : Set.of();
        List<Scored> ranked = onScale(candidates).stream()
                .map(candidate -> score(candidate, analysis, counting, question))
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .toList();
        if (asksForSummary.matcher(question).find()) {
            return write(lead(ranked), progress);
        }
        List<Scored> relevant = relevant(ranked);
        String abstainBecause = asksForTask.matcher(question).find()
                ? "it asks for something other than what the article says (a poem, a joke, an opinion)"
                : abstentionReason(analysis, ranked, relevant, counting, question);
        if (log.isDebugEnabled()) {
            log.debug("{} {}: {}", question, analysis, abstainBecause == null ? "answered" : abstainBecause);
            ranked.stream().limit(5).forEach(scored -> log.debug("  {}", scored));
        }
        List<Scored> chosen = abstainBecause == null ? choose(ranked, analysis) : List.of();
        if (abstainBecause == null
                && analysis.picksOut()
                && chosen.stream().noneMatch(scored -> namesSomethingNew(scored, analysis))) {
            abstainBecause = "the sentences about it name nothing the question does not";
            log.debug("{}: {}", question, abstainBecause);
        }
        if (abstainBecause != null) {
            progress.accept(properties.abstention());
            return Answer.abstention(properties.abstention(), MODE);
        }
        return write(chosen, progress);
    }

    // "Which company made the cells?" is not answered by "from a single supplier": the article speaks of it without
    // saying which.
    // A month or a weekday says when, not which ("lost their seats in the November election" does not say which
    // members).
    private boolean namesSomethingNew(Scored scored, QuestionAnalysis analysis) {
        Set<String> names = new HashSet<>(index.namesOf(scored.sentence().index()));
        names.removeAll(calendarTerms);
        return analysis.namesSomethingNew(names, scored.sentence().text(), index);
    }

    // The dense similarities on the scale the constants are set in (AnswerProperties.denseScale): as they are, or
    // standardised per question over the sentences the dense retriever returned (one not returned keeps its 0 on
    // the same transform, so it stays far below them as it does raw).
    private List<RetrievedSentence> onScale(List<RetrievedSentence> candidates) {
        if (properties.denseScale() == AnswerProperties.DenseScale.RAW) {
            return candidates;
        }
        double[] returned = candidates.stream()
                .mapToDouble(RetrievedSentence::denseScore)
                .filter(score -> score != 0)
                .toArray();
        if (returned.length < 2) {
            return candidates;
        }
        double mean = Arrays.stream(returned).average().orElse(0);
        double variance = Arrays.stream(returned)
                .map(score -> (score - mean) * (score - mean))
                .average()
                .orElse(0);
        double spread = Math.sqrt(variance);
        if (spread == 0) {
            return candidates;
        }
        return candidates.stream()
                .map(candidate -> new RetrievedSentence(
                        candidate.sentence(),
                        candidate.fusedScore(),
                        (candidate.denseScore() - mean) / spread * properties.denseUnit(),
                        candidate.keywordScore()))
                .toList();
    }

    private Answer write(List<Scored> chosen, Consumer<String> progress) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Scored scored : chosen) {
            int n = citations.size() + 1;
            SentenceChunk sentence = scored.sentence();
            String whole = chunks.sentences().get(sentence.index()).text();
            String quoted = (whole.startsWith(sentence.text()) ? "" : "\u2026")
                    + sentence.text()
                    + (whole.endsWith(sentence.text()) ? "" : "\u2026");
            String piece = (text.isEmpty() ? "" : " ") + quoted + " [" + n + "]";
            text.append(piece);
            // Word by word, so a streaming channel shows the answer growing as a chat model's would.
            for (String word : piece.split("(?<= )")) {
                progress.accept(word);
            }
            citations.add(new Citation(
                    n, sentence.text(), sentence.paragraph(), sentence.start(), sentence.end(), round(scored.score())));
        }
        return new Answer(text.toString(), true, MODE, citations);
    }

    @Override
    public String mode() {
        return MODE;
    }

    private Scored score(
            RetrievedSentence candidate, QuestionAnalysis analysis, Set<Integer> counting, String question) {
        int sentence = candidate.sentence().index();
        Set<String> terms = index.termsOf(sentence);
        Set<String> context = index.contextTermsOf(sentence);
        double coverage = analysis.coverage(terms, context, properties.relatedCredit());
        boolean typed = holdsAnswer(analysis, candidate.sentence(), counting);
        double score =
                candidate.denseScore() + properties.coverageWeight() * coverage + (typed ? properties.typeBonus() : 0);
        return new Scored(
                candidate,
                coverage,
                typed,
                analysis.namesHeldBy(
                                terms,
                                context,
                                index.earlierNamesOf(sentence),
                                index.leadNames(),
                                () -> people.mentionedInBeyond(
                                                candidate.sentence().text(), question)
                                        && !PERSON_PRONOUN
                                                .matcher(candidate.sentence().text())
                                                .find())
                        && analysis.isAbout(
                                terms,
                                context,
                                index.previousTermsOf(sentence),
                                index.leadNames(),
                                // Only looked for when the focus is not otherwise found: a regex over the sentence.
                                () -> analysis.expectation().mayBeAName()
                                        && people.mentionedInBeyond(
                                                candidate.sentence().text(), question),
                                counting.contains(sentence))
                        && analysis.allowsByFigures(candidate.sentence().text())
                        && !analysis.namesAnotherOfItsKind(candidate.sentence().text()),
                score);
    }

    // A "who" question's answer names one of the article's people when it knows any; capitalised words alone would
    // take "Port Elm" for a person.
    private boolean holdsAnswer(QuestionAnalysis analysis, SentenceChunk sentence, Set<Integer> counting) {
        if (analysis.expectation().type() == AnswerType.PERSON && !people.isEmpty()) {
            return people.mentionedIn(sentence.text());
        }
        return analysis.expectation().isHeldBy(analysis.withoutGivenNumbers(sentence.body()))
                && (counting.isEmpty() || counting.contains(sentence.index()))
                && (analysis.expectation().type() != AnswerType.NAME || analysis.namesFocusIn(sentence.text(), index));
    }

    // Two or more capitalised words together, past the dateline, that the question does not give ("the shipping firm
    // Brekke & Sons"); a sentence's first word is capitalised anyway ("In December", "The council").
    private static boolean namesBeyond(SentenceChunk sentence, String question) {
        String body = sentence.body();
        Matcher name = NAME_RUN.matcher(body);
        while (name.find()) {
            boolean isName =
                    name.start() > 0 || !OPENING_WORD.matcher(name.group()).lookingAt();
            if (isName && !question.contains(name.group())) {
                return true;
            }
        }
        return false;
    }

    // "What is this article about?": a news article's lead says it, so answer with its opening sentences.
    private List<Scored> lead(List<Scored> ranked) {
        List<Scored> lead = new ArrayList<>();
        int words = 0;
        for (SentenceChunk sentence : chunks.sentences()) {
            if (lead.size() == properties.maxSentences()
                    || (!lead.isEmpty() && words + shownWords(sentence) > properties.maxWords())) {
                break;
            }
            double score = ranked.stream()
                    .filter(scored -> scored.sentence().index() == sentence.index())
                    .mapToDouble(Scored::score)
                    .findFirst()
                    .orElse(0);
            lead.add(new Scored(new RetrievedSentence(sentence, 0, 0, 0), 0, false, true, score));
            words += shownWords(sentence);
        }
        return lead;
    }

    // A sentence is relevant when it holds enough of the question's words, or a little less while standing out from
    // the rest of the article by meaning, or none at all while standing far out by meaning; not the lead for that,
    // which sums up the whole story and so sits close in meaning to any question about it.
    private List<Scored> relevant(List<Scored> ranked) {
        double meanDense = ranked.stream()
                .mapToDouble(scored -> scored.candidate().denseScore())
                .average()
                .orElse(0);
        return ranked.stream()
                .filter(Scored::named)
                .filter(scored -> scored.coverage() >= properties.minCoverage()
                        || (scored.coverage() >= properties.minCoverageWhenDistinct()
                                && scored.candidate().denseScore() - meanDense >= properties.distinctDenseMargin())
                        || (scored.sentence().index() > 0
                                && scored.candidate().denseScore() >= properties.standoutDense()))
                .toList();
    }

    // The one decision: null when the article answers, else why it does not.
    private String abstentionReason(
            QuestionAnalysis analysis,
            List<Scored> ranked,
            List<Scored> relevant,
            Set<Integer> counting,
            String question) {
        if (analysis.isEmpty()) {
            return "the question names no topic";
        }
        if (!analysis.unknownNames().isEmpty()) {
            return "the article never names " + analysis.unknownNames();
        }
        // A sentence that holds every figure the question gives is about what it asks, whatever word it uses.
        if (!analysis.unknownFocus().isEmpty()
                && ranked.stream()
                        .noneMatch(scored -> (scored.typed()
                                        && analysis.holdsAllBesidesAnUnknownFocus(
                                                index.termsOf(scored.sentence().index())))
                                || analysis.holdsGivenNumbers(scored.sentence().text()))) {
            return "the article never mentions the question's focus " + analysis.unknownFocus();
        }
        // "Which studio produced it?" when the article names no studio: unless a sentence holds all the question's
        // other words (then "studio" is likely its own word for something the sentence names).
        if (!analysis.unknownKind().isEmpty()
                && ranked.stream()
                        .filter(Scored::named)
                        .noneMatch(scored -> (scored.typed()
                                        && analysis.holdsAllKnownWords(
                                                index.termsOf(scored.sentence().index()),
                                                index.contextTermsOf(
                                                        scored.sentence().index())))
                                || analysis.holdsGivenNumbers(scored.sentence().text()))) {
            return "the article never mentions the kind of thing the question asks for " + analysis.unknownKind();
        }
        if (!analysis.unknownPart().isEmpty()) {
            return "it counts part of a whole by words the article never uses " + analysis.unknownPart();
        }
        // Only for a fact of a set kind (a date, a count) or a place ("Where is the developer based?" when the article
        // names the developer but never says "based", "headquarters" or "offices"): a description ("What is she
        // known for?") is said in other words more often than not, and so is what a person did ("Who plays Tyler
        // Rake?" for "stars ... as").
        if ((analysis.expectation().isRequired() || analysis.expectation().type() == AnswerType.PLACE)
                && !analysis.unknownAboutNames().isEmpty()) {
            return "the article names what the question is about but never mentions " + analysis.unknownAboutNames();
        }
        // "At what time was the second cub born?" when the article tells of the first cub and the third, and never of
        // a second: what the question asks of the one it picks out is not there.
        if (ranked.stream()
                        .anyMatch(scored -> analysis.picksOthersOfTheSeriesIn(
                                scored.sentence().text(),
                                index.termsOf(scored.sentence().index())))
                && ranked.stream()
                        .noneMatch(scored -> analysis.mentionsTheSameOfTheSeries(
                                scored.sentence().text()))) {
            return "the article picks out other members of the series than the question does";
        }
        if (analysis.unknownShare() >= properties.maxUnknownShare()) {
            return "most of the question's weight is on words the article never uses";
        }
        if (relevant.isEmpty()) {
            return "no sentence holds enough of the question's words";
        }
        if (analysis.expectation().isRequired() && typed(ranked).isEmpty()) {
            return "no relevant sentence holds a " + analysis.expectation().type();
        }
        // "Who designed the extension?": a sentence about it that names none of the article's people may still name
        // who did it ("funded by the Carrow Foundation"), but one that names nobody and nothing does not.
        if (analysis.expectation().type() == AnswerType.PERSON
                && !people.isEmpty()
                && typed(ranked).isEmpty()
                && relevant.stream().noneMatch(scored -> namesBeyond(scored.sentence(), question))) {
            return "no relevant sentence names anyone";
        }
        // "How long has Lindqvist been director of the observatory?": the sentence saying he is director gives no
        // duration, and a duration elsewhere that holds little of the question is another thing's. A name pins the
        // question to the sentence that holds most of it; without one, the question may be worded apart from the
        // sentence that answers it ("How long is the oner?" and "runs 12 minutes in length").
        if (analysis.expectation().ranksFirst() && analysis.givesNames()) {
            List<Scored> typed = typed(ranked);
            if (!typed.isEmpty()) {
                double typedCoverage = typed.get(0).coverage();
                boolean aboutElsewhere = ranked.stream()
                        .filter(Scored::named)
                        .filter(scored -> !scored.typed())
                        .anyMatch(scored -> scored.coverage() >= properties.aboutCoverage()
                                && typedCoverage < properties.typedShareOfAbout() * scored.coverage());
                if (aboutElsewhere) {
                    return "the sentence about what the question names holds no "
                            + analysis.expectation().type();
                }
            }
        }
        // "How many ferries does the firm run?": numbers of other things do not count ferries.
        if (analysis.countsThings()
                && counting.isEmpty()
                && analysis.unknownFocus().isEmpty()) {
            return "no sentence counts what the question counts";
        }
        return null;
    }

    // Sentences that hold the asked-for kind of answer and share a word with the question, or are the closest to it
    // by meaning though they say it in other words ("12 minutes in length" for "How long is the oner?"), best first.
    private List<Scored> typed(List<Scored> ranked) {
        Set<RetrievedSentence> closest = ranked.stream()
                .sorted(Comparator.comparingDouble(
                                (Scored scored) -> scored.candidate().denseScore())
                        .reversed())
                .limit(properties.closestByMeaning())
                .map(Scored::candidate)
                .collect(Collectors.toSet());
        return ranked.stream()
                .filter(Scored::typed)
                .filter(Scored::named)
                .filter(scored -> scored.coverage() > 0 || closest.contains(scored.candidate()))
                .toList();
    }

    private List<Scored> choose(List<Scored> ranked, QuestionAnalysis analysis) {
        // A sentence without the asked-for kind of answer cannot answer "how long" or "what kinds of", and one that
        // is not about the names the question gives cannot answer about them.
        List<Scored> typed = typed(ranked);
        List<Scored> named = ranked.stream().filter(Scored::named).toList();
        List<Scored> eligible = analysis.expectation().ranksFirst() && !typed.isEmpty() ? typed : named;
        Scored best = eligible.get(0);
        List<Scored> chosen = new ArrayList<>(List.of(withinAnswer(best, analysis)));
        Set<String> covered = new HashSet<>(index.termsOf(best.sentence().index()));
        int words = shownWords(chosen.get(0).sentence());
        for (Scored next : eligible.subList(1, eligible.size())) {
            if (chosen.size() == properties.maxSentences()
                    || next.score() < best.score() - properties.supportMargin()) {
                break;
            }
            Set<String> widened = new HashSet<>(covered);
            widened.addAll(index.termsOf(next.sentence().index()));
            double gain = analysis.coverage(widened, Set.of(), properties.relatedCredit())
                    - analysis.coverage(covered, Set.of(), properties.relatedCredit());
            if (gain >= properties.minCoverageGain() && words + shownWords(next.sentence()) <= properties.maxWords()) {
                chosen.add(next);
                covered = widened;
                words += shownWords(next.sentence());
            }
        }
        return withReasonAfter(chosen, analysis, ranked);
    }

    // "Why did the project cost more than planned?": news style often states what happened, then why, in the next
    // sentence ("Costs rose by about 25 percent, which officials blamed on ..."). When the chosen sentence gives no
    // reason and the one after it in the same paragraph does, that one joins it.
    private List<Scored> withReasonAfter(List<Scored> chosen, QuestionAnalysis analysis, List<Scored> ranked) {
        Scored best = chosen.get(0);
        if (analysis.expectation().type() != AnswerType.REASON || best.typed()) {
            return chosen;
        }
        int next = best.sentence().index() + 1;
        List<SentenceChunk> sentences = chunks.sentences();
        if (next >= sentences.size()
                || sentences.get(next).paragraph() != best.sentence().paragraph()
                || chosen.stream().anyMatch(scored -> scored.sentence().index() == next)
                || !analysis.expectation().isHeldBy(sentences.get(next).text())) {
            return chosen;
        }
        int words = chosen.stream()
                .mapToInt(scored -> shownWords(scored.sentence()))
                .sum();
        if (words + shownWords(sentences.get(next)) > properties.maxWords()) {
            return chosen;
        }
        List<Scored> withReason =
                new ArrayList<>(chosen.subList(0, Math.min(chosen.size(), properties.maxSentences() - 1)));
        withReason.add(
                1,
                ranked.stream()
                        .filter(scored -> scored.sentence().index() == next)
                        .findFirst()
                        .orElseGet(() ->
                                new Scored(new RetrievedSentence(sentences.get(next), 0, 0, 0), 0, true, true, 0)));
        return withReason;
    }

    // The words a reader counts: the sentence's and its marker's.
    private static int shownWords(SentenceChunk sentence) {
        return shownWords(sentence.text());
    }

    private static int shownWords(String text) {
        return SentenceChunk.wordCount(text) + 1;
    }

    // A sentence longer than a whole answer ("... marks each run out of 110 ...: the outrun, in which ...; the lift,
    // ...; the fetch, ..."): only the run of its clauses that holds most of the question is quoted, still the
    // article's own text at its own place, so its citation points at just that. Written here because LangChain4j's
    // splitters cut a document into segments for embedding, not a sentence into clauses for quoting.
    private Scored withinAnswer(Scored scored, QuestionAnalysis analysis) {
        SentenceChunk sentence = scored.sentence();
        if (shownWords(sentence) <= properties.maxWords()) {
            return scored;
        }
        String text = sentence.text();
        List<Integer> cuts = new ArrayList<>(List.of(0));
        Matcher boundary = CLAUSE_END.matcher(text);
        while (boundary.find()) {
            cuts.add(boundary.end());
        }
        cuts.add(text.length());
        // Each clause's terms once: no token spans a clause's end, so a run's terms are its clauses' together.
        List<List<String>> clauseTerms = new ArrayList<>();
        for (int clause = 0; clause < cuts.size() - 1; clause++) {
            clauseTerms.add(index.terms(text.substring(cuts.get(clause), cuts.get(clause + 1))));
        }
        int bestFrom = 0;
        int bestTo = 0;
        double bestCoverage = -1;
        for (int from = 0; from < cuts.size() - 1; from++) {
            Set<String> runTerms = new HashSet<>();
            for (int to = from + 1; to < cuts.size(); to++) {
                String run = text.substring(cuts.get(from), cuts.get(to)).strip();
                if (shownWords(run) > properties.maxWords()) {
                    break;
                }
                runTerms.addAll(clauseTerms.get(to - 1));
                double coverage = analysis.coverage(runTerms, Set.of(), properties.relatedCredit());
                if (coverage > bestCoverage) {
                    bestCoverage = coverage;
                    bestFrom = cuts.get(from);
                    bestTo = cuts.get(to);
                }
            }
        }
        if (bestCoverage < 0) {
            // No clause is short enough: its first words, up to the limit.
            Matcher word = WORD.matcher(text);
            for (int n = 0; n < properties.maxWords() - 1 && word.find(); n++) {
                bestTo = word.end();
            }
        }
        String run = text.substring(bestFrom, bestTo);
        int lead = run.length() - run.stripLeading().length();
        String kept = CLAUSE_MARK.matcher(run.strip()).replaceFirst("");
        int start = sentence.start() + bestFrom + lead;
        SentenceChunk excerpt =
                new SentenceChunk(sentence.index(), sentence.paragraph(), start, start + kept.length(), kept);
        RetrievedSentence candidate = scored.candidate();
        return new Scored(
                new RetrievedSentence(
                        excerpt, candidate.fusedScore(), candidate.denseScore(), candidate.keywordScore()),
                scored.coverage(),
                scored.typed(),
                scored.named(),
                scored.score());
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
