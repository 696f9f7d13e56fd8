package dev.oner.answer;

import dev.oner.index.KeywordIndex;
import dev.oner.index.People;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a question asks, read once: its content words with the article terms that stand for each, how much each
 * says about the question, which of them are its focus, and the kind of answer it expects. Everything the scorer
 * and the decision need to know about the question, and nothing about any sentence.
 *
 * <p>The focus is the thing the question is about when its wording shows it: the counted noun phrase of "how many
 * X", the measured thing of "how much ... cost", the head of the noun phrase a copular question asks about ("What
 * is the population of ...", "Who is X's coach"). A focus the article never uses, in any form or lexical relation,
 * is the strongest sign that the article cannot answer.
 */
final class QuestionAnalysis {

    /**
     * One content word of the question.
     *
     * @param term the word as the index sees it (stemmed)
     * @param match the article terms that stand for it
     * @param weight how much it says about what is asked: rare words more than common ones
     * @param focus whether it names the thing asked about
     */
    record Term(String term, KeywordIndex.TermMatch match, double weight, boolean focus) {

        boolean isUnknown() {
            return match.isEmpty();
        }
    }

    private static final String AUX =
            "is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|may|might|must|shall";
    private static final String DETERMINER = "the|a|an|this|that|these|those|his|her|its|their|my|your|our";
    private static final String PREPOSITION =
            "of|for|in|on|at|to|from|by|with|about|off|during|before|after|over|under|between|into|near|than";
    // "How many leatherback turtles nested": the counted noun phrase ends at its plural noun, within three words.
    private static final Pattern COUNTED = Pattern.compile("\\bhow (?:many|much) ((?:(?!(?:" + AUX + "|" + PREPOSITION
            + ")\\b)[\\p{L}'-]+\\s+){0,2}?[\\p{L}'-]+s\\b" + "|(?!(?:" + AUX + "|" + PREPOSITION + ")\\b)[\\p{L}'-]+)");
    // "How much did the drones cost?": a measured amount's focus is the verb or adjective at the end.
    // Not a verb's particle ("How much did the repairs set the council back?"): the verb stands before its object.
    private static final Pattern MEASURED = Pattern.compile(
            "\\bhow much (?:" + AUX + ")\\b.*?\\b(?!(?:back|up|out|off|down|in|on|over|away)\\W*$)([\\p{L}-]+)\\W*$");
    // "the hydrologist quoted in the article", "the man arrested on Monday": a participle after the noun, before a
    // preposition or the end, says which one is meant, not what it is, and the article may say it in other words
    // ("said"); "What is it called?" asks for a name.
    private static final Pattern PARTICIPLE_AFTER =
            Pattern.compile("\\b(?!called\\b|named\\b)\\p{L}{3,}ed(?=\\s+(?:" + PREPOSITION + ")\\b|\\W*$)");
    // "What is the population of X?", "Who is Berg's coach?": the noun phrase after the copula, up to a
    // preposition or the end; a possessor ("Berg's") belongs to the phrase but is not its head.
    private static final Pattern COPULAR =
            Pattern.compile("^\\W*(?:what|who|which)(?:'s|\\s+(?:is|was|are|were))\\s+" + "(?:(?:" + DETERMINER
                    + ")\\s+)?((?:[\\p{L}-]+'s?\\s+)?(?:(?!(?:" + PREPOSITION + ")\\b)[\\p{L}-]+\\s*){1,3})");

    // "How much did the rooftop terrace cost?": the thing whose amount is asked, the subject between the auxiliary and
    // the verb; its head noun is the last word before a preposition or a relative pronoun ("a single operation on the
    // ship", "each household that had to leave").
    private static final Pattern MEASURED_SUBJECT = Pattern.compile(
            "\\bhow much (?:" + AUX + ")\\s+(.+?)\\s+"
                    + "(?:[\\p{L}-]+ly\\s+)?(?:cost|pay|spend|earn|get|receive|raise|charge|sell|fetch|buy|owe|make|weigh"
                    + "|contribute|give|lose|save|worth)(?:s|ing)?\\b",
            Pattern.CASE_INSENSITIVE);
    // "How much did it cost to build each dam?": the thing measured is the object of the verb after "to".
    private static final Pattern MEASURED_OBJECT = Pattern.compile(
            "\\bhow much (?:" + AUX
                    + ")\\s+it\\s+(?:[\\p{L}-]+ly\\s+)?cost\\s+(?:\\p{L}+\\s+)?to\\s+[\\p{L}-]+\\s+(.+?)\\W*$",
            Pattern.CASE_INSENSITIVE);
    // "What was the top price paid for a ewe at the sale?": the thing measured follows "price of" or "cost of".
    private static final Pattern MEASURED_AFTER_PRICE = Pattern.compile(
            "^\\W*what\\b[^?]*?\\b(?:price|cost|fee|fare)s?\\s+(?:paid\\s+|charged\\s+)?(?:of|for)\\s+(.+?)\\W*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?:" + PREPOSITION + ")\\b");
    private static final Pattern ENDS_SUBJECT = Pattern.compile("\\s+(?:" + PREPOSITION + "|that|who|which|to)\\b.*$");
    private static final Set<String> PRONOUNS =
            Set.of("it", "he", "she", "they", "we", "you", "i", "this", "that", "these", "those", "one", "each");

    // "What was the name of her son?", "What is the number of visitors?", "What was the result of the vote?", "What
    // was the cost of the repairs?": a light noun that only says what kind of answer is wanted; the focus is the noun
    // phrase after "of".
    private static final Pattern NAME_OF = Pattern.compile("^\\W*(?:what|which)(?:'s|\\s+(?:is|was|are|were))\\s+"
            + "(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:name|title|identity|number|amount|kind|type|sort|result|outcome|cost|price|value|bill|sum)s?\\s+of"
            + "\\s+(?:(?:"
            + DETERMINER
            + ")\\s+)?((?:(?!(?:" + PREPOSITION + ")\\b)[\\p{L}\\d'-]+\\s*){1,4})");
    // "What illness was she treated for?", "What interest rate will they pay?": the noun after "what", when an
    // auxiliary follows it, is the thing asked about. Not after "which", which picks among things the article names,
    // often by a wider word than the article uses ("Which superhero ...?" for a named role).
    private static final Pattern WH_NOUN = Pattern.compile("^\\W*what\\s+((?:(?!(?:" + AUX + "|" + DETERMINER + "|"
            + PREPOSITION + "|else|other)\\b)[\\p{L}-]+\\s+){1,2}?)(?:" + AUX + ")\\b");
    // "Which studio produced ...?", "What brand of drones ...?", "Which hospital were they taken to?": the noun that
    // names the kind of thing asked for; after "what" only when an auxiliary, "of" or a verb follows, as "what"
    // may itself be the subject ("What happened to ...?").
    private static final Pattern KIND_ASKED =
            Pattern.compile("^\\W*(?:which\\s+([\\p{L}-]+)(?:\\s+([\\p{L}-]+)(?=\\s+(?:" + AUX
                    + "|of)\\b))?|what\\s+([\\p{L}-]+)(?=\\s+(?:" + AUX + "|of|[\\p{L}-]+(?:ed|s))\\b))");
    private static final Pattern NOT_A_KIND = Pattern.compile(
            "(?:" + AUX + "|" + DETERMINER + "|" + PREPOSITION + "|one|ones|else|other|kinds?|types?|sorts?)");
    // Nouns that say what kind of answer is wanted, not what it is about: "What way did they ...".
    private static final Set<String> ANSWER_KIND_NOUNS = Set.of(
            "time",
            "times",
            "hour",
            "year",
            "day",
            "date",
            "month",
            "season",
            "week",
            "number",
            "amount",
            "kind",
            "type",
            "sort",
            "way",
            "part",
            "percentage",
            "percent",
            "proportion",
            "fraction",
            "share");
    // "Who designed the trophy?", "Which company made the cells?", "In which hospital ...?": the question picks out
    // one thing among others, and news style picks it out by name. Not "Who is Anna Berg?", which gives the name and
    // asks for a description.
    private static final Pattern WHO_PICKS_OUT =
            Pattern.compile("^\\W*(?i:who|whom|whose)\\b(?!(?:'s|\\s+(?i:is|was|are|were))\\s+\\p{Lu})");
    private static final Pattern WHICH_PICKS_OUT = Pattern.compile(
            "(?i)(?:^\\W*|[,;:]\\s*|^\\W*(?:" + PREPOSITION + "|among|through|apart from)\\s+)which\\s+([\\p{L}-]+)");

    // "The longest prison term", "the biggest share": a superlative before the head noun says which value is asked
    // for, as the words below do, not what it is about.
    private static final Pattern SUPERLATIVE_MODIFIER = Pattern.compile("\\b(?:most|least|[\\p{L}]{3,}est)\\s+(?=\\S)");

    // Words that say which value of a quantity is asked for, not what the quantity is about: "the minimum age".
    private static final Set<String> QUANTITY_MODIFIERS = Set.of(
            "minimum",
            "maximum",
            "total",
            "overall",
            "exact",
            "approximate",
            "final",
            "current",
            "estimated",
            "rough",
            "precise",
            "latest");

    // "What was the final vote count?", "What was the winning margin?": the measure asked for, which the answer's
    // figure shows, not a thing the article must name. Not "rate": "What interest rate will they pay?" asks for a
    // thing an article names when it gives it.
    private static final Set<String> MEASURE_NOUNS = Set.of("count", "margin", "score", "tally");

    // "What was done with the shaft?", "What is suspected as the source?", "What was wrong with it?": a passive verb or
    // an adjective after the copula, not a noun phrase; "What was the weather like?" ends in a preposition.
    private static final Pattern NOT_A_NOUN_PHRASE =
            Pattern.compile("^\\W*(?:what|who|which)(?:'s|\\s+(?:is|was|are|were))\\s+(?:\\p{L}{3,}(?<!e)ed|done|made"
                    + "|known|seen|given|taken|found|wrong|right)\\b");
    private static final String LIKE = "like";

    // "How many teams took part?", "How many people got hurt?": verbs that carry little meaning of their own, so a
    // sentence need not hold them to be about the rest of the question ("drew 126 riders from 21 teams").
    private static final Set<String> LIGHT_VERBS = Set.of("get", "got", "gotten", "take", "took", "taken");

    // "What is the total bill?", "What yearly sum do they get?": when money is asked for, these nouns name the kind of
    // answer, which a currency shows, not a thing the sentence must name; an article may say "cost" for "bill". Not
    // the verb of "How much will each bus cost?", which says what the amount is of.
    private static final Set<String> MONEY_NOUNS =
            Set.of("cost", "costs", "price", "prices", "bill", "bills", "value", "sum", "sums");

    // "How much money ...?", "What share of the gates ...?": words for the kind of answer itself, which the answer's
    // currency or percent sign shows; an article gives "raised £85,000" or "30 percent of them" without the word.
    private static final Map<AnswerType, Set<String>> KIND_ITSELF = Map.of(
            AnswerType.MONEY,
            Set.of("money", "cash"),
            AnswerType.PROPORTION,
            Set.of("share", "proportion", "percentage", "percent", "fraction", "ratio"));

    // "How many", "how long", "over what period": the words ask for a kind of answer (a count, a duration), not about a
    // topic.
    private static final Pattern ANSWER_KIND = Pattern.compile(
            "\\bhow (many|much|long|old|far|often|big|large|tall|high|soon|heavy)\\b|" + AnswerType.Times.PERIOD_ASKED,
            Pattern.CASE_INSENSITIVE);

    // "Who plays the villain in ...?": the object a who- or what-question's verb asks about. Not after "which X": there
    // X names what is asked ("Which firm built the bridge?"), and the object is only what it is asked of.
    private static final Pattern OBJECT = Pattern.compile("^\\W*(?:who|what)\\s+(?!(?:" + AUX + ")\\b)[\\p{L}-]+\\s+(?:"
            + DETERMINER + ")\\s+((?:(?!(?:" + PREPOSITION + ")\\b)[\\p{L}'-]+\\s*){1,3})");

    // How many words apart a name and the thing it names may stand: "her podcast The Long Road", "Leo, her son".
    private static final int NAME_BESIDE_FOCUS = 3;

    // "How many of the patients were women?": a count of part of a whole, which a count of the whole does not give.
    private static final Pattern PARTITIVE_COUNT = Pattern.compile("\\bhow many of (?:" + DETERMINER + ")\\s+((?:(?!(?:"
            + AUX + "|" + PREPOSITION + ")\\b)[\\p{L}'-]+\\s*){1,3})");
    private static final Pattern PARTITIVE = Pattern.compile("(?i)^\\s+of\\s+(the|its|their|these|those|his|her)\\s+");
    private static final Pattern PLURAL_QUANTITY =
            Pattern.compile("(?i)dozens|hundreds|thousands|millions|billions|scores");
    private static final Pattern OF = Pattern.compile("(?i)^\\s+of\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[,.]\\d+)*");
    private static final Pattern OCCURRENCE = Pattern.compile("(?i)times?\\b");
    private static final Pattern BY_HOW_MUCH = Pattern.compile("\\bby how much\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YES_NO = Pattern.compile("^\\W*(?:" + AUX + ")\\b", Pattern.CASE_INSENSITIVE);
    // An idiom, not a member of a series: "Why was the weir built in the first place?".
    private static final Pattern IN_THE_FIRST_PLACE = Pattern.compile("(?i)\\bin the first place\\b");
    private static final Map<String, String> ORDINAL_DIGITS = Map.of(
            "1st", "first", "2nd", "second", "3rd", "third", "4th", "fourth", "5th", "fifth", "6th", "sixth", "7th",
            "seventh", "8th", "eighth", "9th", "ninth", "10th", "tenth");
    private static final Map<String, List<String>> CARDINAL_OF = Map.of(
            "second", List.of("two", "2"),
            "third", List.of("three", "3"),
            "fourth", List.of("four", "4"),
            "fifth", List.of("five", "5"),
            "sixth", List.of("six", "6"),
            "seventh", List.of("seven", "7"),
            "eighth", List.of("eight", "8"),
            "ninth", List.of("nine", "9"),
            "tenth", List.of("ten", "10"));
    private static final Pattern DECADE = Pattern.compile("(\\d{3})0s\\b");
    private static final Pattern FIGURE = Pattern.compile("\\d{3,}|\\d+(?:[,.]\\d+)+");
    // A day of a month ("the March 3 meeting", "on 14 June") is as specific as a figure: it pins the question down.
    private static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DAY_OF_MONTH =
            Pattern.compile("\\b" + MONTH + "\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+" + MONTH + "\\b");
    private static final Pattern REPEATS = Pattern.compile("(?i)\\b(once|twice|thrice)\\b");

    // Words that end the noun phrase after a number: "300 people from 14 countries" counts people, not countries;
    // "6,500 passengers a day" counts passengers, not days.
    private static final Set<String> ENDS_NOUN_PHRASE = Set.of(
            "of", "on", "in", "at", "to", "from", "by", "for", "with", "than", "and", "or", "was", "were", "is", "are",
            "had", "has", "have", "who", "which", "that", "a", "an", "the", "each", "every", "per");

    // "EU", "BBC": an acronym may stand for a name the article spells out ("the European Union").
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}.*\\p{Lu}");
    // A run of capitalised words past the question's first: a name ("Ruth Hale", "Port Elm").
    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s?$");
    private static final Pattern NAME =
            Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*)*");

    private final List<Term> terms;
    private final List<Name> names;
    // Capitalised words the question gives that the article never uses in any form: "Lisbon", "Halley's".
    private final List<String> unknownNames;
    // The article terms that stand for the focus words: what a counted noun phrase must name.
    private final Set<String> focusForms;
    // The article's other words for the question's other words ("abstentions" for "abstained"): a count of the acts
    // a verb names counts those who did them.
    private final Set<String> actForms;
    private final Set<String> kindForms;
    // The article's nouns that name kinds of the focus: a counted noun phrase's head may be one ("31 boats" counts
    // vessels).
    private final Set<String> focusKinds;

    /** A name the question gives, as the article's terms for it, and whether it is one of the article's people. */
    private record Name(Set<String> terms, boolean person, List<String> words) {}

    private final AnswerType.Expectation expectation;
    private final double totalWeight;
    private final boolean numbersOnly;
    // Whether the focus is a thing a sentence must name to answer, not a verb it may say in other words ("get" for
    // "receive" in "How much will each household get?").
    private final boolean focusIsNamed;
    // Whether the question counts part of a whole ("How many of the patients were women?").
    private final boolean countsPartOfAWhole;
    // The numbers the question gives ("the 20-hospital trial"): not its answer.
    private final Pattern givenNumbers;
    private final int givenNumberCount;
    // Whether one of them is a figure specific enough to pin a sentence down ("25,000", "1.2"), unlike a small number
    // many sentences hold ("Part 2", "26 years ago").
    private final boolean givenFigure;
    // The members of a series it picks out by ordinal ("the second cub"), as words.
    private final Set<String> givenOrdinals;
    // The terms of the series they belong to ("cub").
    private final Set<String> series;
    // Those members in any wording a sentence may use: "the second", "board two".
    private final Pattern sameMember;
    // Whether it asks yes or no ("Did they ...?").
    private final boolean yesNo;
    // Whether it asks by how much something changed ("By how much did sales rise?").
    private final boolean asksForAChange;
    // The words naming the kind of thing asked for that the article never uses ("Which *studio* ...?").
    private final List<String> unknownKind;
    // The head of a measured thing's noun phrase ("terrace" in "How much did the rooftop terrace cost?"), as terms.
    private final Set<String> subject;
    // Focus words that only say which one is meant ("quoted" in "the hydrologist quoted in the article"): an article
    // that never uses them may still name it.
    private final Set<String> qualifiers;
    // Whether the answer must name something the question does not ("Which company made the cells?").
    private final boolean picksOut;
    // The question's terms, in every article form, so that a name it gives is not taken for its answer.
    private final Set<String> givenTerms;

    private QuestionAnalysis(
            List<Term> terms,
            List<Name> names,
            AnswerType.Expectation expectation,
            boolean numbersOnly,
            boolean focusIsNamed,
            boolean countsPartOfAWhole,
            Set<String> qualifiers,
            GivenNumbers givenNumbers,
            Set<String> kindAsked,
            boolean picksOut,
            Set<String> subject,
            List<String> unknownNames,
            boolean yesNo,
            boolean asksForAChange) {
        this.unknownNames = List.copyOf(unknownNames);
        this.terms = List.copyOf(terms);
        this.subject = Set.copyOf(subject);
        this.picksOut = picksOut;
        this.givenTerms = terms.stream()
                .flatMap(term -> Stream.concat(Stream.of(term.term()), term.match().same().stream()))
                .collect(Collectors.toUnmodifiableSet());
        this.names = List.copyOf(names);
        this.focusForms = articleForms(terms, Term::focus);
        this.actForms = terms.stream()
                .filter(term -> !term.focus() && !isPartOfAName(term))
                .flatMap(term -> term.match().related().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.kindForms = articleForms(terms, term -> kindAsked.contains(term.term()));
        this.focusKinds = terms.stream()
                .filter(Term::focus)
                .flatMap(term -> term.match().kinds().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.expectation = expectation;
        this.totalWeight = terms.stream().mapToDouble(Term::weight).sum();
        this.numbersOnly = numbersOnly;
        this.focusIsNamed = focusIsNamed;
        this.countsPartOfAWhole = countsPartOfAWhole;
        this.qualifiers = qualifiers;
        this.givenNumbers = anyOf(givenNumbers.patterns());
        this.givenNumberCount = givenNumbers.patterns().size();
        this.givenFigure = givenNumbers.figure();
        this.givenOrdinals = givenNumbers.ordinals();
        this.series = givenNumbers.series();
        this.sameMember = givenNumbers.sameMember();
        this.yesNo = yesNo;
        this.asksForAChange = asksForAChange;
        this.unknownKind = expectation.type() == AnswerType.PERSON
                ? List.of()
                : this.terms.stream()
                        .filter(term -> kindAsked.contains(term.term()))
                        .filter(Term::isUnknown)
                        .filter(term -> !isPartOfAName(term))
                        .map(Term::term)
                        .toList();
    }

    // The article terms, in the same form or a lexical relation, that stand for the chosen question words.
    private static Set<String> articleForms(List<Term> terms, Predicate<Term> chosen) {
        return terms.stream()
                .filter(chosen)
                .flatMap(term -> Stream.concat(term.match().same().stream(), term.match().related().stream()))
                .collect(Collectors.toUnmodifiableSet());
    }

    static QuestionAnalysis of(String question, KeywordIndex index, People people) {
        AnswerType.Expectation expectation = AnswerType.expect(question);
        Focus focusOf = focus(question, index, expectation);
        Set<String> focus = focusOf.terms();
        Map<String, Term> terms = new LinkedHashMap<>();
        for (KeywordIndex.QueryWord word :
                index.queryWords(ANSWER_KIND.matcher(question).replaceAll("how"))) {
            if (KIND_ITSELF
                    .getOrDefault(expectation.type(), Set.of())
                    .contains(word.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String term = word.term();
            KeywordIndex.TermMatch match = index.match(word);
            // A word the article never uses weighs most: a question about something it does not mention
            // ("budget", "villain") is one it cannot answer.
            Set<String> standsFor = match.same().isEmpty() ? match.related() : match.same();
            double weight = standsFor.isEmpty()
                    ? index.idf(term)
                    : standsFor.stream().mapToDouble(index::idf).min().orElseThrow();
            terms.putIfAbsent(term, new Term(term, match, weight, focus.contains(term)));
        }
        boolean numbersOnly =
                terms.keySet().stream().allMatch(word -> word.chars().allMatch(Character::isDigit));
        return new QuestionAnalysis(
                new ArrayList<>(terms.values()),
                names(question, index, people),
                expectation,
                numbersOnly,
                focusOf.named(),
                focusOf.partOfAWhole(),
                focusOf.qualifiers(),
                givenNumbers(question, index),
                kindAsked(question, index),
                picksOut(question, expectation),
                measuredSubject(question, index),
                unknownNames(question, index),
                YES_NO.matcher(question).find(),
                BY_HOW_MUCH.matcher(question).find());
    }

    // Word by word, so that "Halley's Comet" is not taken for the article's comet; a typo of a name the article uses
    // ("Hemswoth") matches it as a variant.
    private static List<String> unknownNames(String question, KeywordIndex index) {
        List<String> unknown = new ArrayList<>();
        Matcher name = NAME.matcher(question);
        while (name.find()) {
            for (String word : name.group().split("\\s+")) {
                if (ACRONYM.matcher(word).find()) {
                    continue;
                }
                List<KeywordIndex.QueryWord> words = index.queryWords(word);
                if (!words.isEmpty()
                        && words.stream().allMatch(each -> index.match(each).isEmpty())) {
                    unknown.add(word);
                }
            }
        }
        return unknown;
    }

    private static Set<String> measuredSubject(String question, KeywordIndex index) {
        String asked = question.replace('\u2019', '\'');
        Matcher measured = MEASURED_OBJECT.matcher(asked);
        if (measured.find()) {
            return headOf(measured.group(1), index);
        }
        measured = MEASURED_SUBJECT.matcher(asked);
        if (measured.find()) {
            return headOf(measured.group(1), index);
        }
        measured = MEASURED_AFTER_PRICE.matcher(asked);
        return measured.find() ? headOf(measured.group(1), index) : Set.of();
    }

    // The head noun of the thing measured, as terms. A name is left to the rules for names, a pronoun to the
    // follow-up resolver.
    private static Set<String> headOf(String thing, KeywordIndex index) {
        // "How much does it cost to vote in the contest?": a verb without an object has nothing measured but itself.
        if (LEADING_PREPOSITION.matcher(thing).lookingAt()) {
            return Set.of();
        }
        String phrase = withoutPossessor(ENDS_SUBJECT.matcher(thing).replaceAll(""));
        String[] words = phrase.strip().split("\\s+");
        String head = words[words.length - 1];
        if (head.isEmpty()
                || !head.chars().allMatch(Character::isLetter)
                || Character.isUpperCase(head.charAt(0))
                || PRONOUNS.contains(head.toLowerCase(Locale.ROOT))) {
            return Set.of();
        }
        return Set.copyOf(index.queryTerms(head));
    }

    // Only when the wording asks for no set kind (a date, a count, a list), each of which has its own test.
    private static boolean picksOut(String question, AnswerType.Expectation expectation) {
        if (!EnumSet.of(AnswerType.ANY, AnswerType.PERSON, AnswerType.PLACE).contains(expectation.type())) {
            return false;
        }
        if (WHO_PICKS_OUT.matcher(question).find()) {
            return true;
        }
        Matcher which = WHICH_PICKS_OUT.matcher(question);
        if (!which.find()) {
            return false;
        }
        String noun = which.group(1).toLowerCase(Locale.ROOT);
        return !ANSWER_KIND_NOUNS.contains(noun)
                && !ANSWER_KIND_NOUNS.contains(noun.replaceFirst("s$", ""))
                && !NOT_A_KIND.matcher(noun).matches();
    }

    // The question's terms for the noun that names the kind of thing it asks for, if the wording shows one.
    private static Set<String> kindAsked(String question, KeywordIndex index) {
        Matcher kind = KIND_ASKED.matcher(question.toLowerCase(Locale.ROOT));
        if (!kind.find()) {
            return Set.of();
        }
        Set<String> terms = new HashSet<>();
        for (int group = 1; group <= kind.groupCount(); group++) {
            String word = kind.group(group);
            if (word != null
                    && !ANSWER_KIND_NOUNS.contains(word)
                    && !NOT_A_KIND.matcher(word).matches()) {
                terms.addAll(index.queryTerms(word));
            }
        }
        return terms;
    }

    // Each name the question gives, as the article's own terms for it; names the article never uses are left to
    // the unknown-word rules.
    private static List<Name> names(String question, KeywordIndex index, People people) {
        List<Name> names = new ArrayList<>();
        Matcher name = NAME.matcher(question);
        while (name.find()) {
            Set<String> known = index.queryTerms(name.group()).stream()
                    .flatMap(term -> index.match(term).same().stream())
                    .collect(Collectors.toUnmodifiableSet());
            if (!known.isEmpty()) {
                names.add(new Name(known, people.isPerson(name.group()), wordsOf(name.group())));
            }
        }
        return names;
    }

    /**
     * The numbers a question gives, each as a regular expression, and whether one is a figure specific enough to pin
     * a sentence down.
     */
    private record GivenNumbers(
            Set<String> patterns, boolean figure, Set<String> ordinals, Set<String> series, Pattern sameMember) {}

    // A decade ("the mid-1980s") stands for any year in it ("since 1984"), and is not specific enough to pin.
    private static GivenNumbers givenNumbers(String question, KeywordIndex index) {
        Set<String> patterns = new HashSet<>();
        boolean figure = DAY_OF_MONTH.matcher(question).find();
        Matcher number = NUMBER.matcher(question);
        while (number.find()) {
            Matcher decade = DECADE.matcher(question).region(number.start(), question.length());
            if (decade.lookingAt()) {
                patterns.add(Pattern.quote(decade.group(1)) + "\\d");
            } else {
                patterns.add(Pattern.quote(number.group()));
                figure |= FIGURE.matcher(number.group()).matches();
            }
        }
        String picking = IN_THE_FIRST_PLACE.matcher(question).replaceAll("");
        Set<String> ordinals = new HashSet<>();
        Set<String> series = new HashSet<>();
        List<String> sameMember = new ArrayList<>();
        Matcher ordinal = AnswerType.PICKED_ORDINAL.matcher(picking);
        while (ordinal.find()) {
            String picked = ordinalWord(ordinal.group(1));
            // "The first hatchlings", "the first sample" most often mean the earliest, which an article says in other
            // words ("Hatchlings from the earliest nests"): only the second and later pick out one of a series.
            if (picked.equals("first")) {
                continue;
            }
            ordinals.add(picked);
            sameMember.add("\\b" + Pattern.quote(picked) + "\\b");
            // The series is named by the word after the ordinal: "cub" in "the second cub", "board" in
            // "the second-board player"; "board two" picks out the same one.
            String[] after = picking.substring(ordinal.end()).strip().split("[^\\p{L}]+", 3);
            String word = after.length > 1 && after[0].isEmpty() ? after[1] : after[0];
            if (!word.isEmpty()) {
                series.addAll(index.queryTerms(word));
                CARDINAL_OF.getOrDefault(picked, List.of(picked.replaceAll("\\D", ""))).stream()
                        .filter(cardinal -> !cardinal.isEmpty())
                        .forEach(cardinal ->
                                sameMember.add("\\b" + Pattern.quote(word) + "\\s+" + Pattern.quote(cardinal) + "\\b"));
            }
        }
        return new GivenNumbers(
                patterns,
                figure,
                Set.copyOf(ordinals),
                Set.copyOf(series),
                sameMember.isEmpty() ? null : Pattern.compile(String.join("|", sameMember), Pattern.CASE_INSENSITIVE));
    }

    private static Pattern anyOf(Set<String> numbers) {
        return numbers.isEmpty()
                ? null
                : Pattern.compile("(?<![\\d,.])(?:" + String.join("|", numbers) + ")(?![\\d]|[,.]\\d)");
    }

    /** The sentence without the numbers the question gives, so that they are not taken for its answer. */
    String withoutGivenNumbers(String sentence) {
        return givenNumbers == null ? sentence : givenNumbers.matcher(sentence).replaceAll("");
    }

    /**
     * Whether the question gives numbers and the sentence holds every one of them: a figure pins a sentence down as a
     * name does ("Which company gave £25,000?" and "a gift of £25,000 from a local haulage firm").
     */
    boolean holdsGivenNumbers(String sentence) {
        if (givenNumbers == null || !givenFigure) {
            return false;
        }
        Set<String> found = new HashSet<>();
        Matcher number = givenNumbers.matcher(sentence);
        while (number.find()) {
            found.add(number.group());
        }
        return found.size() == givenNumberCount;
    }

    /**
     * Whether the sentence may answer as far as figures go: a question that gives a figure ("the 2016 estimate", "the
     * £40,000") is about the sentences that hold it, as a question that gives a name is about those that name it. A
     * yes/no question may give a figure only to have it checked ("Will it reach 96 percent?"), so it pins nothing.
     */
    boolean allowsByFigures(String sentence) {
        return yesNo
                || ((givenNumbers == null || !givenFigure || holdsGivenNumbers(sentence))
                        && !picksOthersOfTheSeries(sentence));
    }

    /**
     * Whether the question picks one member of a series by its ordinal ("the second cub") and the sentence names that
     * series and picks out others of it but not that one ("The first cub appeared ..., and the third ...").
     */
    boolean picksOthersOfTheSeriesIn(String sentence, Set<String> sentenceTerms) {
        return !yesNo && !Collections.disjoint(series, sentenceTerms) && picksOthersOfTheSeries(sentence);
    }

    /**
     * Whether the sentence may speak of the member of a series that the question picks out by its ordinal: it uses
     * the ordinal ("A second line, making crackers") or numbers the series ("drew on board two").
     */
    boolean mentionsTheSameOfTheSeries(String sentence) {
        return sameMember != null && sameMember.matcher(sentence).find();
    }

    // "At what time was the second cub born?" is not answered by "The first cub appeared just before 2 a.m., and the
    // third arrived roughly two hours later": a sentence that picks out other members of a series, and not the one
    // asked about, is about them.
    private boolean picksOthersOfTheSeries(String sentence) {
        if (givenOrdinals.isEmpty()) {
            return false;
        }
        Set<String> picked = picked(sentence);
        return !picked.isEmpty() && Collections.disjoint(picked, givenOrdinals);
    }

    // The ordinals that pick out members of a series, in words: "the 2nd" is "the second".
    private static Set<String> picked(String text) {
        return AnswerType.PICKED_ORDINAL
                .matcher(text)
                .results()
                .map(ordinal -> ordinalWord(ordinal.group(1)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String ordinalWord(String ordinal) {
        String lower = ordinal.toLowerCase(Locale.ROOT);
        return ORDINAL_DIGITS.getOrDefault(lower, lower);
    }

    /**
     * The question's focus words, as the index sees them, and whether the focus is a thing a sentence must name
     * rather than a "how much ..." verb it may say in other words.
     */
    private record Focus(Set<String> terms, boolean named, boolean partOfAWhole, Set<String> qualifiers) {}

    private static Focus focus(String question, KeywordIndex index, AnswerType.Expectation expectation) {
        String lower = question.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> phrases = new ArrayList<>();
        Set<String> qualifiers = new HashSet<>();
        Matcher partitive = PARTITIVE_COUNT.matcher(lower);
        Matcher measured = MEASURED.matcher(lower);
        Matcher counted = COUNTED.matcher(lower);
        Matcher nameOf = NAME_OF.matcher(lower);
        Matcher copular = COPULAR.matcher(lower);
        Matcher object = OBJECT.matcher(lower);
        Matcher whNoun = WH_NOUN.matcher(lower);
        boolean isPartitive = partitive.find();
        boolean isMeasured = !isPartitive && measured.find();
        if (isPartitive) {
            phrases.add(partitive.group(1));
        } else if (isMeasured) {
            phrases.add(measured.group(1));
        } else if (counted.find()) {
            phrases.add(counted.group(1));
        } else if (nameOf.find()) {
            phrases.add(withoutPossessor(nameOf.group(1)));
        } else if (copular.find() && !NOT_A_NOUN_PHRASE.matcher(lower).find()) {
            String phrase = withoutPossessor(copular.group(1));
            phrases.add(phrase);
            // Matched against the whole question, as what follows the participle decides ("the dealer who realised
            // it was ..." has no preposition after it), but kept only inside the phrase and past its first word, the
            // noun it qualifies ("the accused in the case").
            PARTICIPLE_AFTER
                    .matcher(lower)
                    .results()
                    .filter(participle -> participle.start() > copular.start(1) && participle.start() < copular.end(1))
                    .forEach(participle -> qualifiers.addAll(index.queryTerms(participle.group())));
        } else if (object.find()) {
            phrases.add(withoutPossessor(object.group(1)));
        } else if (expectation.type() == AnswerType.ANY
                && whNoun.find()
                && !ANSWER_KIND_NOUNS.contains(whNoun.group(1).strip())) {
            // Only when the wording asks for no set kind: "which city" asks for a place, whatever the article calls it.
            phrases.add(whNoun.group(1));
        }
        Set<String> terms = phrases.stream()
                .flatMap(phrase -> withoutLeadingKind(Stream.of(SUPERLATIVE_MODIFIER
                                .matcher(phrase.strip())
                                .replaceAll("")
                                .split("\\s+"))
                        .filter(word -> !QUANTITY_MODIFIERS.contains(word))
                        .toList()))
                .filter(word -> !MEASURE_NOUNS.contains(word) && !LIKE.equals(word))
                .filter(word -> isMeasured || expectation.type() != AnswerType.MONEY || !MONEY_NOUNS.contains(word))
                .flatMap(word -> index.queryTerms(word).stream())
                .collect(Collectors.toUnmodifiableSet());
        return new Focus(terms, !isMeasured, isPartitive, Set.copyOf(qualifiers));
    }

    // "What is the date of the next session?": a phrase that opens with the kind of answer is about what follows it,
    // and the date shows the kind; not "the house number", where the noun is the thing asked about.
    private static Stream<String> withoutLeadingKind(List<String> words) {
        return !words.isEmpty() && ANSWER_KIND_NOUNS.contains(words.get(0))
                ? words.stream().skip(1)
                : words.stream();
    }

    // "Emil Berg's son" is about the son: the possessor is a name the question gives, not the thing asked about.
    private static String withoutPossessor(String phrase) {
        return phrase.replaceAll("^.*'s?\\s+", "");
    }

    /**
     * Whether the question picks out one thing among others ("Who designed the trophy?", "Which company made the
     * cells?"), which news style does by name, so that a sentence about it that names nothing the question does not
     * ("donated by a lens manufacturer") says the article does not know.
     */
    boolean picksOut() {
        return picksOut;
    }

    /**
     * Whether a sentence names something the question does not, or picks it out by an ordinal as a name does ("its
     * third stop", "the 16th-century tapestry").
     */
    boolean namesSomethingNew(Set<String> sentenceNames, String sentence, KeywordIndex index) {
        return sentenceNames.stream().anyMatch(name -> !givenTerms.contains(name))
                || picksOutByOrdinal(sentence, index);
    }

    // "Which call-out was it?" is answered by "the team's fourth call-out", but "Which regulator is investigating?"
    // not by "the third serious breach the regulator has investigated", nor "Which sedatives ...?" by "fell by a
    // fifth": when the question names the kind of thing it picks out, the ordinal must stand before that kind, within
    // three words, or before "time", which picks out an occurrence of anything ("the fifth time" for "Which
    // attempt").
    private boolean picksOutByOrdinal(String sentence, KeywordIndex index) {
        Matcher ordinal = AnswerType.ORDINAL.matcher(sentence);
        while (ordinal.find()) {
            if (kindForms.isEmpty()) {
                return true;
            }
            String[] after = sentence.substring(ordinal.end()).strip().split("\\s+", 4);
            if (OCCURRENCE.matcher(after[0]).lookingAt()) {
                return true;
            }
            for (int at = 0; at < Math.min(3, after.length); at++) {
                if (index.terms(after[at]).stream().anyMatch(kindForms::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The names the question gives that the article never uses: it is about something the article does not name. */
    List<String> unknownNames() {
        return unknownNames;
    }

    /** Whether the question gives a name the article uses. */
    boolean givesNames() {
        return !names.isEmpty();
    }

    /** True when nothing in the question names a topic: no words, or only numbers ("What is 2+2?"). */
    boolean isEmpty() {
        return numbersOnly;
    }

    List<Term> terms() {
        return terms;
    }

    AnswerType.Expectation expectation() {
        return expectation;
    }

    // "How much did the trust contribute?", "By how much did takings drop?": the focus is the verb, and money changes
    // hands, and amounts change, in many words ("gave", "put in"; "fell", "down by a quarter"). Not "How much does
    // each turbine weigh?": a measure other than money is named by its verb.
    private boolean asksForAmountByVerb() {
        return !focusIsNamed
                && (expectation.type() == AnswerType.MONEY
                        || (expectation.type() == AnswerType.AMOUNT && asksForAChange));
    }

    /**
     * Focus words the article does not use in any form or lexical relation. Not the verb of a question about money
     * ("How much did the trust contribute?") or a change ("By how much did takings drop?"): the article may say
     * "gave", "paid" or "put in", "fell" or "were down", and the sum itself must still be there.
     */
    List<String> unknownFocus() {
        return terms.stream()
                .filter(term -> (term.focus() && !asksForAmountByVerb()) || isSubject(term))
                .filter(term -> !qualifiers.contains(term.term()))
                .filter(Term::isUnknown)
                .map(Term::term)
                .toList();
    }

    // "Ticket" in "How much does a child's ticket cost?": the thing measured is what the question is about as much as
    // the measure is.
    private boolean isSubject(Term term) {
        return subject.contains(term.term());
    }

    /** Whether the question counts a named thing: "how many countries". */
    boolean countsThings() {
        return expectation.type() == AnswerType.COUNT && terms.stream().anyMatch(Term::focus);
    }

    /**
     * Whether a sentence counts the thing the question counts: a number, then that thing in any form or lexical
     * relation within the noun phrase that follows it ("14 countries", "1,214 loggerhead turtle nests"), rather
     * than just any number ("300 people from 14 countries" counts countries once, people once).
     */
    boolean countsFocusIn(String text, KeywordIndex index) {
        // "Twice a night" counts times without a number word before "times".
        if (focusForms.contains("time") && REPEATS.matcher(text).find()) {
            return true;
        }
        Matcher number = AnswerType.NUMBER_THEN_WORDS.matcher(text);
        boolean countsActs = false;
        while (number.find()) {
            // "Seven of the fires" counts fires as "seven fires" would.
            String after = PARTITIVE.matcher(number.group("after")).replaceFirst(" ");
            // "Thousands of residents" counts residents too.
            if (PLURAL_QUANTITY.matcher(number.group()).matches()) {
                after = OF.matcher(after).replaceFirst(" ");
            }
            List<String> head = List.of();
            for (String word : after.strip().split("[\\s-]+")) {
                if (ENDS_NOUN_PHRASE.contains(word.toLowerCase(Locale.ROOT))) {
                    break;
                }
                head = index.terms(word);
                if (head.stream().anyMatch(focusForms::contains)) {
                    return true;
                }
                countsActs |= head.stream().anyMatch(actForms::contains);
            }
            // A kind of the counted thing only as the phrase's head: "640 member families" counts families.
            if (head.stream().anyMatch(focusKinds::contains)) {
                return true;
            }
        }
        // "How many councillors abstained?" is counted by "Councillors voted 34 to 19, with four abstentions": a
        // number of the acts the question's verb names, in a sentence that names those who did them.
        return countsActs && index.terms(text).stream().anyMatch(focusForms::contains);
    }

    /**
     * Whether a sentence that says the thing a "what is the name of X" question asks about also names it: a name
     * beside it, as news style gives one ("her podcast The Long Road", "the Night Garden, a painting"), and not one
     * the question gives. When the article never uses the question's word for the thing, a sentence may name it
     * under another word ("as mercenary Tom Vale" for "his character"), so any name will do.
     */
    boolean namesFocusIn(String text, KeywordIndex index) {
        String[] words = text.split("\\s+");
        List<Integer> focusAt = new ArrayList<>();
        List<Integer> namesAt = new ArrayList<>();
        for (int at = 0; at < words.length; at++) {
            String word = words[at].replaceAll("^\\P{L}+|\\P{L}+$", "");
            if (word.isEmpty()) {
                continue;
            }
            List<String> wordTerms = index.terms(word);
            if (wordTerms.stream().anyMatch(focusForms::contains)) {
                focusAt.add(at);
            } else if (at > 0
                    && Character.isUpperCase(word.charAt(0))
                    // A month or a weekday says when, not what anything is called ("arrested on April 9").
                    && !AnswerType.CALENDAR.contains(word)
                    && names.stream().noneMatch(name -> wordTerms.stream().anyMatch(name.terms()::contains))) {
                namesAt.add(at);
            }
        }
        if (focusAt.isEmpty()) {
            // Another word for the thing, unless the article has the question's own word for it.
            return terms.stream()
                    .filter(Term::focus)
                    .allMatch(term -> term.match().same().isEmpty());
        }
        return focusAt.stream()
                .anyMatch(focus -> namesAt.stream().anyMatch(name -> Math.abs(name - focus) <= NAME_BESIDE_FOCUS));
    }

    /**
     * Whether a sentence is about every name the question gives. A place or a thing must be named in it or just
     * before it (in its paragraph so far or the sentence before); a person, anywhere before it, since a person
     * named once may be "she" paragraphs later, unless the sentence names another person and no "he" or "she", so
     * that it is about the other one ("How old is Anna Berg?" is not answered by a later "Among the volunteers was
     * Tom Hale, 29"); a name the article's lead gives, anywhere, as the lead names what the whole article is about.
     * A name has no synonyms, so a sentence that is not about it cannot say what the question asks about it ("How
     * many boats sail from Port Elm?" is not answered by a sentence about another harbour's boats).
     */
    boolean namesHeldBy(
            Set<String> sentenceTerms,
            Set<String> contextNames,
            Set<String> earlierNames,
            Set<String> leadNames,
            BooleanSupplier namesSomeoneElse) {
        return names.stream()
                .allMatch(name -> name.terms().stream()
                        .anyMatch(n -> sentenceTerms.contains(n)
                                || contextNames.contains(n)
                                || leadNames.contains(n)
                                || (name.person() && earlierNames.contains(n) && !namesSomeoneElse.getAsBoolean())));
    }

    /**
     * Whether the sentence names another thing of the kind a name the question gives belongs to, and not that one:
     * "Skerrow Tide" for "Skerrow Ebb", "the Pellowan Fishermen's Association" for "the Carrowmouth Fishermen's
     * Association". Two names that share their first or last words and then part name two things, and news style
     * repeats a name's own words whenever it means it.
     */
    boolean namesAnotherOfItsKind(String sentence) {
        if (names.stream().allMatch(name -> name.words().size() < 2)) {
            return false;
        }
        List<List<String>> runs = NAME.matcher(sentence)
                .results()
                .map(run -> wordsOf(run.group()))
                .filter(words -> words.size() > 1)
                .toList();
        if (runs.isEmpty()) {
            return false;
        }
        Set<String> sentenceWords = Set.copyOf(wordsOf(sentence));
        return names.stream()
                .map(Name::words)
                .filter(words -> words.size() > 1 && !sentenceWords.containsAll(words))
                .anyMatch(words ->
                        runs.stream().anyMatch(run -> part(words, run) || part(backwards(words), backwards(run))));
    }

    // Whether two names begin with the same word and, before either ends, differ.
    private static boolean part(List<String> name, List<String> other) {
        if (!name.get(0).equals(other.get(0))) {
            return false;
        }
        for (int at = 1; at < Math.min(name.size(), other.size()); at++) {
            if (!name.get(at).equals(other.get(at))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> backwards(List<String> words) {
        List<String> backwards = new ArrayList<>(words);
        Collections.reverse(backwards);
        return backwards;
    }

    // A name's words without a possessive ending: "Fishermen's" is "Fishermen".
    private static List<String> wordsOf(String text) {
        return Stream.of(text.split("[^\\p{L}\\d'\u2019-]+"))
                .map(word -> POSSESSIVE_END.matcher(word).replaceAll(""))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /**
     * The words a question asks about a name it gives, when the article uses none of them in any form or relation:
     * "When was [a person] born?" for an article that names the person but never a birth. The names say what the
     * question is about; what it asks is in the other words, and the article cannot say what it never mentions.
     */
    List<String> unknownAboutNames() {
        if (names.isEmpty()) {
            return List.of();
        }
        List<Term> asked = terms.stream()
                .filter(term -> !isPartOfAName(term))
                .filter(term -> !(term.focus() && asksForAmountByVerb()))
                .toList();
        return !asked.isEmpty() && asked.stream().allMatch(Term::isUnknown)
                ? asked.stream().map(Term::term).toList()
                : List.of();
    }

    /**
     * Whether a sentence is about both halves of a question that has a focus: the thing asked about ("cost" in "How
     * much will the trial cost?") and, when the question says more, something it is asked of ("the trial"). A
     * sentence about another thing's cost, or about the trial but not its cost, cannot answer it. A sentence that
     * names someone the question does not may hold the thing by name alone ("What character does she play?"). A
     * sentence that counts the counted thing ("drew 126 riders") is about it, and about the rest of the question too
     * unless the question says something of the count in words the article never uses ("How many riders crashed?").
     * What the question asks it of, the subject and the rest, may be named in the sentence before, in the same
     * paragraph ("... in the ballot." then "Turnout was 91 percent."), when all of it is there and the question uses
     * no word the article never does.
     */
    boolean isAbout(
            Set<String> sentenceTerms,
            Set<String> contextNames,
            Set<String> previousTerms,
            Set<String> leadNames,
            BooleanSupplier namesSomeoneElse,
            boolean countsFocus) {
        List<Term> known = terms.stream().filter(term -> !term.isUnknown()).toList();
        // "How much did the rooftop terrace cost?" is not answered by what the whole building cost.
        if (!known.stream()
                .filter(term -> subject.contains(term.term()))
                .allMatch(term -> holds(term, sentenceTerms, contextNames) || namedBefore(term, previousTerms))) {
            return false;
        }
        List<Term> focus = known.stream().filter(Term::focus).toList();
        if (focus.isEmpty()) {
            return true;
        }
        List<Term> rest = known.stream().filter(term -> !term.focus()).toList();
        List<Term> meant =
                rest.stream().filter(term -> !LIGHT_VERBS.contains(term.term())).toList();
        boolean aboutFocus = !focusIsNamed
                || namesSomeoneElse.getAsBoolean()
                || countsFocus
                || focus.stream().anyMatch(term -> holds(term, sentenceTerms, contextNames));
        if (countsPartOfAWhole) {
            return aboutFocus && rest.stream().allMatch(term -> holds(term, sentenceTerms, contextNames));
        }
        // When the question says no more than the names its lead gives, every sentence of the article is about that:
        // "Who is the harbour master in Kellport?" is answered by "Harbour master Teodor Lindqvist said ..." in an
        // article about Kellport.
        boolean aboutRest = meant.isEmpty()
                || rest.stream().anyMatch(term -> holds(term, sentenceTerms, contextNames))
                || meant.stream().allMatch(term -> namedBefore(term, previousTerms))
                || rest.stream().allMatch(term -> term.match().same().stream().anyMatch(leadNames::contains))
                || (countsFocus && terms.stream().noneMatch(term -> !term.focus() && term.isUnknown()));
        return aboutFocus && aboutRest;
    }

    // Only when the question uses no word the article never does: such a word says it asks something else.
    private boolean namedBefore(Term term, Set<String> previousTerms) {
        return terms.stream().noneMatch(Term::isUnknown) && holds(term, previousTerms, Set.of());
    }

    /**
     * Whether a sentence holds every other word of a question whose focus the article never uses, when there are at
     * least two and none is a name: then the sentence is about just what the question asks about, and the focus is
     * likely its own word for the sentence's ("By how much was the fourth stage cut?" for "shortened the fourth
     * stage by 30 kilometres"). A name alone says too little: every sentence about a person would pass. Not when
     * the unknown word only modifies a focus the article does name: English puts the head of a noun phrase last, so
     * in "How many barn owls nested?" an article that never says "barn" speaks of owls but never of that kind.
     */
    boolean holdsAllBesidesAnUnknownFocus(Set<String> sentenceTerms) {
        List<Term> focus = terms.stream().filter(Term::focus).toList();
        boolean unknownSubject = terms.stream().anyMatch(term -> isSubject(term) && term.isUnknown());
        if (!unknownSubject && !focus.isEmpty() && !focus.get(focus.size() - 1).isUnknown()) {
            return false;
        }
        List<Term> rest = terms.stream()
                .filter(term -> !term.focus() && !isSubject(term))
                .filter(term -> !isPartOfAName(term))
                .toList();
        return rest.size() >= 2 && rest.stream().allMatch(term -> holds(term, sentenceTerms, Set.of()));
    }

    /**
     * What a count of part of a whole says of the part in words the article never uses ("How many of the patients
     * were *women*?"): the article cannot count a part it never mentions.
     */
    List<String> unknownPart() {
        return countsPartOfAWhole
                ? terms.stream()
                        .filter(term -> !term.focus())
                        .filter(Term::isUnknown)
                        .map(Term::term)
                        .toList()
                : List.of();
    }

    /**
     * The noun naming the kind of thing the question asks for ("Which *studio* produced ...?"), when the article never
     * uses it in any form or lexical relation. A question for a person is left out: the article's people are named,
     * not called by the kind ("Which actor ...?").
     */
    List<String> unknownKind() {
        return unknownKind;
    }

    /**
     * Whether a sentence holds every word of the question that the article uses, besides the names it gives, and
     * there is at least one: then the words it never uses are likely its own words for the sentence's.
     */
    boolean holdsAllKnownWords(Set<String> sentenceTerms, Set<String> contextNames) {
        List<Term> known = terms.stream()
                .filter(term -> !term.isUnknown())
                .filter(term -> !isPartOfAName(term))
                .toList();
        return !known.isEmpty() && known.stream().allMatch(term -> holds(term, sentenceTerms, contextNames));
    }

    // "Marsh" in "When was Ellie Marsh born?": a word of a name the question gives.
    private boolean isPartOfAName(Term term) {
        return names.stream().anyMatch(name -> term.match().same().stream().anyMatch(name.terms()::contains));
    }

    private static boolean holds(Term term, Set<String> sentenceTerms, Set<String> contextNames) {
        return term.match().same().stream()
                        .anyMatch(same -> sentenceTerms.contains(same) || contextNames.contains(same))
                || term.match().related().stream().anyMatch(sentenceTerms::contains);
    }

    /** The share of the question's weight carried by words the article does not use in any form, from 0 to 1. */
    double unknownShare() {
        if (totalWeight == 0) {
            return 0;
        }
        return terms.stream().filter(Term::isUnknown).mapToDouble(Term::weight).sum() / totalWeight;
    }

    /**
     * The share of the question's weight found in a sentence, between 0 and 1. A word counts in full when the
     * sentence holds it or a variant, or when it is a name the sentence's paragraph gave before (the sentence may
     * say "she" for it); a word found only through a lexical relation counts for {@code relatedCredit} of its weight.
     */
    double coverage(Set<String> sentenceTerms, Set<String> contextNames, double relatedCredit) {
        return coverage(terms, sentenceTerms, contextNames, relatedCredit);
    }

    private static double coverage(
            List<Term> terms, Set<String> sentenceTerms, Set<String> contextNames, double relatedCredit) {
        double totalWeight = terms.stream().mapToDouble(Term::weight).sum();
        if (totalWeight == 0) {
            return 0;
        }
        double covered = 0;
        for (Term term : terms) {
            if (term.match().same().stream()
                    .anyMatch(same -> sentenceTerms.contains(same) || contextNames.contains(same))) {
                covered += term.weight();
            } else if (term.match().related().stream().anyMatch(sentenceTerms::contains)) {
                covered += relatedCredit * term.weight();
            }
        }
        return covered / totalWeight;
    }

    @Override
    public String toString() {
        return "QuestionAnalysis[type=%s, terms=%s]"
                .formatted(
                        expectation.type(),
                        terms.stream()
                                .map(t -> t.term() + (t.focus() ? "*" : "") + (t.isUnknown() ? "?" : "") + "="
                                        + String.format(Locale.ROOT, "%.2f", t.weight()))
                                .toList());
    }
}
