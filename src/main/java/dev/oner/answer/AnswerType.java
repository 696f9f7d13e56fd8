package dev.oner.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of answer a question's wording asks for, and what a sentence holding such an answer looks like: the
 * classic answer-type check of extractive question answering. How much it counts depends on how reliably a
 * sentence's surface shows the kind: a number or a date cannot hide, a reason can.
 */
enum AnswerType {
    // "How cold did it get?", "What was the water temperature?": degrees, or a temperature below zero in words.
    TEMPERATURE(
            "\\bhow (cold|hot|warm)\\b|\\btemperatures?\\b",
            "(?i)\\b\\d[\\d,.]*\\s?(\u00b0|degrees?\\b)|\\b(" + Numbers.CARDINAL + "|minus \\p{L}+) degrees?\\b"
                    + "|\\bminus \\d|(?<![\\p{L}\\d])[-\u2212]?\\d{1,3}(\\.\\d)?\\s?\u00b0?[CF]\\b|\\bbelow (zero|freezing)\\b"
                    + "|\\b(celsius|centigrade|fahrenheit)\\b",
            Weight.REQUIRED),
    // "How far ...?", "How high ...?": a distance or a height, a number with a unit of length; "How far did
    // sales fall?" asks how much, so a percentage also answers.
    DISTANCE(
            "\\bhow (far|high|tall|deep|wide|close|near)\\b|\\bwhat (distance|height|depth|width)\\b",
            "(?i)\\b(" + Numbers.CARDINAL
                    + "|a few|several)[- ]?((thousand|million|billion) )?((kilo|centi|milli)?met(er|re)s?|km|cm|mm|m|miles?"
                    + "|feet|foot|ft|inch(es)?|yards?|percent|per cent)\\b|\\d\\s?%",
            Weight.REQUIRED),
    // "How heavy is the stone?", "What did it weigh?": a weight, a number with a unit of mass.
    WEIGHT(
            "\\bhow heavy\\b|\\bwhat (weight|mass)\\b|\\bhow much (do|does|did|will|would)\\b[^?]*\\bweigh\\b"
                    + "|^\\W*what (do|does|did|will|would) [^?]*\\bweigh\\b",
            "(?i)\\b(" + Numbers.CARDINAL + "|a few|several)[- ]?((thousand|million|billion) )?(kilo(gram)?s?|grams?"
                    + "|grammes?|tonnes?|tons?|pounds?|ounces?|stones?)\\b|\\b\\d[\\d,.]*\\s?(g|kg|lbs?|oz|t)\\b",
            Weight.REQUIRED),
    DURATION(
            "\\bhow long\\b|\\bhow much (sooner|later|earlier|longer|shorter|time)\\b|" + Times.PERIOD_ASKED,
            "(?i)\\b(" + Numbers.CARDINAL + "|a|an|a few|several|many)[- ](second|minute|hour|day|night|week|month"
                    // Not an age: "the 71-year-old airfield" says how old it is, not how long anything took.
                    + "|year|decade|season)s?\\b(?![- ]old\\b)|\\bfor (seconds|minutes|hours|days|weeks|months|years|decades)\\b"
                    + "|\\b(kilo)?met(er|re)s?\\b|\\bmiles?\\b"
                    // "How long is the boat?" asks for a length: "a 62-foot former working boat".
                    + "|\\b(" + Numbers.CARDINAL + ")[- ](feet|foot|ft|yards?|inch(es)?|km)\\b"
                    // A span between two points in time: "between April 2023 and September 2024".
                    + "|\\b(between|from) (early |late |mid-?)?(" + Times.POINT
                    + ")\\b[^.;]{0,30}?\\b(and|to|until|till"
                    + "|through) (early |late |mid-?)?(" + Times.POINT + ")\\b",
            Weight.REQUIRED),
    // "How old is she?" asks for her age now, as news style gives it of the person it names ("the 34-year-old",
    // "Berg, 34,", "Berg, a 34-year-old rider"), not the age at which something happened ("took up cycling at 24"),
    // which AGE below accepts, nor someone's in general ("for a frail 85-year-old").
    // "How old is the painting?": a thing's age is given by when it was made, as a year or a century, or outright.
    // "How old is the curator?" asks the same words of a person, whose age news style gives after the name.
    THING_AGE(
            "\\bhow old (is|are) (the|this|that|these|those|its)\\b",
            // A rock's "4.56 billion years old" as well as a pub's "300 years old".
            "(?i)\\b(\\d[\\d,.]*(?: (?:thousand|million|billion))?|" + Numbers.AGE
                    + ")[- ]years?[- ]old\\b|\\b(1[0-9]|20)\\d\\d\\b|\\b\\d{1,2}(st|nd|rd|th)[- ]century\\b" + "|\\b("
                    + Numbers.CARDINAL + ")( (thousand|million|billion))? (years|decades|centuries) ago\\b|"
                    + Numbers.AFTER_A_NAME,
            Weight.REQUIRED),
    CURRENT_AGE(
            "\\bhow old (is|are)\\b|\\bhow old's\\b|\\bwhat age is\\b",
            "(?i)(?:^|[,;:(\u2014\u2013]\\s*|\\bthe\\s+|,\\s+an?\\s+)(\\d+|" + Numbers.AGE
                    + ")[- ]years?[- ]old\\b|\\baged (\\d+|" + Numbers.AGE + ")\\b|" + Numbers.AFTER_A_NAME,
            Weight.REQUIRED),
    AGE(
            "\\bhow old\\b|\\bat what age\\b",
            "(?i)\\b(\\d+|" + Numbers.AGE + ")[- ]years?[- ]old\\b|\\baged? (\\d+|" + Numbers.AGE
                    + ")\\b|\\bat (the age of )?\\d+\\b"
                    + "|\\bat the age of (" + Numbers.AGE
                    + ")\\b|\\bin (his|her|their) (\\d0s|twenties|thirties|forties|fifties"
                    + "|sixties|seventies|eighties|nineties)\\b|" + Numbers.AFTER_A_NAME,
            Weight.REQUIRED),
    // "What share of the voters ...?": a part of a whole, as a percentage or a fraction ("three quarters", "one in
    // five"), not any number.
    PROPORTION(
            "\\bwhat (share|proportion|percentage|fraction|percent)\\b|(?<![\\d\\s])\\s?%"
                    // Chat's "share opposed?".
                    + "|" + Terse.OPENS + "(share|proportion|percentage|fraction)\\b(?! price)" + Terse.LAST_WORDS,
            "(?i)\\d\\s?(%|percent\\b|per cent\\b)|\\b(half|halves|majority|minority)\\b|\\b(a|" + Numbers.CARDINAL
                    + ")[- ](thirds?|quarters?|fifths?|tenths?)\\b|\\b(" + Numbers.CARDINAL + ") (out of|in) ("
                    + Numbers.CARDINAL + ")\\b"
                    // "one household in six", "two pupils in every five": not "one of them in 2020".
                    + "|\\b(one|two|three|four|five|a) (\\p{L}+ ){1,2}(out of|in) (every )?(two|three|four|five|six|seven"
                    + "|eight|nine|ten|twenty|hundred|\\d{1,3})\\b(?![,.]?\\d)",
            Weight.REQUIRED),
    // "How many": a count, in digits or words ("three Academy Awards", "twice", "his fifth appearance").
    COUNT(
            "\\bhow many\\b|\\bwhat number\\b|\\bhow (big|large)\\b|\\bsize\\b",
            "(?i)\\b(" + Numbers.CARDINAL + "|" + Numbers.ORDINAL + "|dozens?|hundreds?|thousands?|millions?"
                    + "|billions?|numerous|several|once|twice|thrice)\\b",
            Weight.REQUIRED),
    // "How much did it cost?", "How much will they pay?": money, in a currency's sign or name.
    MONEY(
            "\\bhow much\\b.*\\b(cost|costs|pay|paid|spend|spent|worth|price|charge|charged|earn|earned|lend|lent"
                    + "|owe|owed|borrow|borrowed|fined?|money|raise|raised|offer|offered|sell|sold|buy|bought|invest"
                    + "|invested|receive|received|get|got|give|gave|contribute|contributed|donate|donated|award"
                    + "|awarded)\\b|\\b(how much|what|which) (money|cash)\\b|\\bwhat ([\\w-]+\\s+)?(price|cost|sum)\\b"
                    // "What did the bikes cost?", "What is the total cost of ...?", and chat's "refit cost?".
                    + "|^\\W*what (did|does|do|will|would|could|might) [^?]*\\bcost\\b"
                    + "|^\\W*what('s|\\s+(is|was|are|were|will be))\\s+(the\\s+)?((?!(of|for|to|in|on|at|by|with|from|the)\\b)[\\w-]+\\s+){0,2}(cost|price|bill|value|sum)s?\\b"
                    // "What was the firm's turnover last year?", "What did its chief executive earn?", "What were the
                    // shares worth?": money by what it is called.
                    + "|^\\W*what('s|\\s+(is|was|are|were|will be))\\s+[^?]*\\b(revenue|turnover|salary|salaries|income"
                    + "|profits?|rent|wages?|earnings)\\b(\\s+(last|this|next|per|a|each|in|before|after)\\b[^?]*)?\\W*$"
                    + "|^\\W*what (did|does|do|will|would|could|might) [^?]*\\b(earn|fetch)\\b|^\\W*what\\b[^?]*\\bworth\\W*$"
                    + "|" + Terse.OPENS + "(cost|price|money|bill)s?\\b" + Terse.LAST_WORDS,
            "(?i)[$\u20ac\u00a3\u00a5]\\s?\\d|\\b\\d[\\d,.]*\\s?(thousand |million |billion )?(" + Money.CURRENCIES
                    + ")\\b|\\b(dollars|euros|pounds|pence|cents)\\b"
                    // "Each vote costs one pound": a single unit, written in words.
                    + "|\\b(one|a|an|a single) (dollar|euro|pound|penny|cent)\\b",
            Weight.REQUIRED),
    // "How much": money or a measured amount, not any digit (a sequel's "2").
    AMOUNT(
            "\\bhow much\\b",
            "(?i)[$\u20ac\u00a3]\\s?\\d|\\b\\d[\\d,.]*[\\s-]?(%|percent|dollars?|euros?|pounds?|thousand|million|billion"
                    + "|(kilo)?met(er|re)s?|kilo(gram)?s?|tonnes?|miles?|degrees?)\\b"
                    + "|\\b(dollars?|euros?|millions?|billions?)\\b|\\b(" + Numbers.CARDINAL + ") (degrees?|kilometres?"
                    + "|kilometers?|metres?|meters?|miles?|percent)\\b"
                    // A change by a fraction: "down by about a quarter", "halved".
                    + "|\\b(a|one|two|three) (half|third|quarter|fifth|tenth)s?\\b|\\bhalf\\b|\\bhalved\\b"
                    // A number with any unit after it ("163 millimetres", "2,600 hectares"), though not a title's
                    // number before a function word ("Part 2 on the way"), nor a length of time: "How much rain
                    // fell?" is not answered by "within 36 hours".
                    + "|\\b\\d(?:[\\d,.]*\\d)?\\s?(?!(?:on|in|at|and|or|to|of|the|was|is|are|were|for|with|by|from|as"
                    + "|has|had|have|will|would|when|where|which|who|that|after|before|but|so|because|while|until|since"
                    + "|than|then|a|an|(second|minute|hour|day|night|week|month|year|decade)s?)\\b)\\p{Ll}{2,}",
            Weight.REQUIRED),
    // A year from 1000 on: "minted in 1374" as well as "in 2021".
    YEAR("\\b(what|which) years?\\b|\\bsince when\\b", "\\b(1\\d|20)\\d\\d\\b", Weight.REQUIRED),
    // "What time did the river peak?": a time of day.
    CLOCK(
            "\\b(what|which) (time|hour)\\b(?! of (the )?year)|\\bat what hour\\b",
            "(?i)\\b\\d{1,2}([.:]\\d{2})?\\s?(a\\.?m\\b|p\\.?m\\b)|\\b\\d{1,2}[.:]\\d{2}\\b|\\b(noon|midday|midnight"
                    + "|o'clock|dawn|dusk|sunrise|sunset|morning|afternoon|evening|night)\\b",
            Weight.REQUIRED),
    // "When will it reopen?": a date still to come, in a sentence that says so ("is set to", "plans", "next year"),
    // not the date of what already happened.
    FUTURE_DATE(
            "^\\W*when (will|shall)\\b|^\\W*when (is|are)\\b.*\\bgoing to\\b",
            "(?i)^(?=.*\\b(will|would|due|plans?|planned|expects?|expected|aims?|aiming|scheduled|set to|going to"
                    + "|intends?|hopes?|next)\\b).*?(?:" + Times.DATE + ")",
            Weight.REQUIRED),
    // "On what date ...?", "What day was it first seen?": a day of the calendar ("March 5", "9 February", "Tuesday"),
    // not "next month"; "which day of the scare" asks for a position.
    CALENDAR_DATE(
            "\\b(what|which) ((exact|precise|specific) )?(date|day\\b(?! of))\\b"
                    + "|\\bwhat('s|\\s+(is|was|are|were))\\s+the\\s+((exact|precise|specific)\\s+)?date\\b",
            "(?i)\\b(" + Times.MONTHS + ")\\.? \\d{1,2}\\b|\\b\\d{1,2}(st|nd|rd|th)? (of )?(" + Times.MONTHS + ")\\b"
                    + "|\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|tonight)\\b"
                    + "|\\b\\d{1,2}/\\d{1,2}(/\\d{2,4})?\\b",
            Weight.REQUIRED),
    // A date is a point in time: a year, a month, a season, a weekday, "this week", "two years later"; "for ten
    // weeks" is a length of time, not a date.
    DATE(
            "\\b(what|which) (month|date|day|season|time of (the )?year)\\b|^\\W*when\\b|" + Terse.ENDS_WITH
                    + "when\\W*$",
            "(?i)" + Times.DATE,
            Weight.REQUIRED),
    // "What is the name of her son?": a name, which news style capitalises; the sentence's first word does not count.
    NAME(
            "\\b(what|which)('s|\\s+(is|was|are|were))\\s+(the\\s+)?names?\\b"
                    + "|\\bwhat (is|was|are|were) (it|he|she|they|this|that) called\\b",
            "(?<=[\\p{L}\\d,;:]\\s)\\p{Lu}\\p{Ll}+",
            Weight.REQUIRED),
    LIST(
            "\\b(what|which) (kinds?|types?|sorts?|elements|parts|things|components)\\b|(?<!to be )\\binclud|\\bcompris"
                    + "|\\bconsists?\\b|\\bmake up\\b|\\bmade up\\b",
            // Three or more short items in a row, separated by commas: "a car chase, a building escape, gunplay".
            "([^,.;]{1,40}, ){2,}(and |or )?[^,.;]{1,40}",
            Weight.RANKS_FIRST),
    PERSON(
            "^\\W*(who|whom|whose)\\b|" + Terse.ENDS_WITH
                    + "who\\W*$|\\bwhich (actor|actress|director|person|star|player|rider|author|writer)\\b"
                    // "Which member of the staff ...?": one of a group of people, whatever the article calls the group.
                    + "|\\bwhich members? of\\b"
                    + "|\\bon whose\\b",
            // A person's name: two or three capitalised words together ("Anna Berg", "Jan de Boer").
            "\\b\\p{Lu}\\p{Ll}+ (?:(?:" + Names.PARTICLES + ") )?\\p{Lu}\\p{Ll}+",
            Weight.RANKS_FIRST),
    // "Where does the find rank among ...?", "Which edition was it?": a position in a series, as an ordinal ("the
    // fourth", "her 6th final", "finished last"), not a place.
    POSITION(
            "^\\W*where (do|does|did|will|would)\\b.*\\b(rank|ranks|ranked|finish|finished|(come|came)(?! from)|place|placed"
                    + "|stand|stands)\\b|\\b(which|what) (edition|place|position)\\b|\\bin what (place|position)\\b",
            "(?i)\\b(" + Numbers.ORDINAL + "|last)\\b",
            Weight.RANKS_FIRST),
    // "Where does she live?": a place, which news style names capitalised after a preposition ("in Lyon").
    PLACE(
            "^\\W*where\\b|" + Terse.ENDS_WITH
                    + "where\\W*$|\\b(what|which|in what|in which) (city|country|town|place|island|state|region|county"
                    + "|venue|location|village|continent)\\b",
            "\\b(in|at|near|from|across|outside|inside|into|to) (the )?(?!(?:" + Times.CALENDAR_NAMES
                    + ")\\b)\\p{Lu}\\p{L}+",
            Weight.BONUS),
    REASON(
            "^\\W*why\\b|\\bwhat (made|led|caused|convinced|inspired|prompted)\\b|\\bfor what reason\\b",
            // "due to the storm" gives a reason; "due to begin in July" a plan.
            "(?i)\\b(because|due to(?! (be|begin|start|open|reopen|close|end|finish|run|take|leave|arrive|return|resume"
                    + "|launch|visit|retire|expire|give|fly|sail|go|come|meet|hold|vote|report|publish|complete|appear"
                    + "|inspect|sit|hear|decide|announce|travel|play|perform|face|make)\\b)|in an effort to|in order to|so that|as a result|thanks to|wanted to|the reason"
                    + "|since|after|only when|led to|caused|allowed|credited|decided to|to keep|to make|so as to"
                    + "|blamed|blames|attributed|driven by|because of|the result of|meaning)\\b",
            Weight.BONUS),
    ANY("$^", "$^", Weight.BONUS);

    /** A number, and the up to three words after it, where the counted thing is named: "14 countries". */
    static final Pattern NUMBER_THEN_WORDS = Pattern.compile("(?i)\\b(?:" + Numbers.CARDINAL + "|" + Numbers.ORDINAL
            + "|dozens|hundreds|thousands|millions|billions|scores)\\b(?=(?<after>(?:[\\s-]+[\\p{L}'\u2019-]+){1,3}))");

    /** A sum written as an adjective, and the words after it that say what it is of: "a 2.4 million-pound contract". */
    private static final Pattern ADJECTIVAL_SUM =
            Pattern.compile("(?i)\\b\\d[\\d,.]*[- ]?(?:(?:thousand|million|billion)-)?"
                    + "(?:dollar|euro|pound|franc|rupee|guinea)\\s+(?<noun>\\p{L}+)(?:\\s+(?<next>\\p{L}+))?");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

    /** An ordinal, which picks one out of a series: "its third stop", "the 16th-century tapestry", "the last". */
    static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:" + Numbers.ORDINAL + "|last)\\b");

    /**
     * An ordinal that picks one member of a series, after a determiner or a possessor: "the second cub", "a fifth
     * turbine", "its 60th call-out", "the team's 50th". Not a century ("the 18th-century bridge"), which dates a thing,
     * nor a fraction ("a fifth of the crop").
     */
    static final Pattern PICKED_ORDINAL =
            Pattern.compile("(?i)(?:\\b(?:the|a|an|its|his|her|their|our|this|that)|['\u2019]s)\\s+(" + Numbers.ORDINAL
                    + ")\\b(?![- ]century|\\s+of\\b)");

    /** Months and weekdays: capitalised, but they name a time, not a place or a thing. */
    static final List<String> CALENDAR = List.of(Times.CALENDAR_NAMES.split("\\|"));

    /** Points in time as a news article writes them, and a question's words for a length of time. */
    static final class Times {
        /** "Over what period ...?", "In what time span ...?": how long, in other words. */
        static final String PERIOD_ASKED = "\\bwhat (length of time|(time )?period|span of time|time ?span)\\b";

        static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November"
                + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";
        // A month, a season or a year: the ends of a span of time.
        static final String POINT = MONTHS + "|spring|summer|autumn|fall|winter|(1\\d|20)\\d\\d";
        static final String CALENDAR_NAMES = "January|February|March|April|May|June|July|August|September|October"
                + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
        // Matched case-insensitively, so the calendar's capitalised names serve as they are.
        static final String DATE = "\\b(1\\d|20)\\d\\d\\b|\\b\\d{1,2}(st|nd|rd|th)[- ]century\\b|\\b(" + CALENDAR_NAMES
                + "|spring|summer|autumn|fall|winter|yesterday|today|tomorrow|tonight)s?\\b"
                + "|\\b(this|that|next|last|the same|the following|every|each|a|one) (week|weekend|month|year|decade"
                + "|century)\\b|\\b(later|earlier|ago|since|until|next|last)\\b"
                // Feasts that name a time of year ("before Christmas"), and a time of day ("resumed with the 1:30
                // p.m. sailing"), which answers "when" on the day itself.
                + "|\\b(Christmas|Easter|New Year|Whitsun|Thanksgiving|Ramadan|Eid|Diwali|Hanukkah|Passover)\\b"
                + "|\\b\\d{1,2}([.:]\\d{2})?\\s?(a\\.?m\\b|p\\.?m\\b)|\\b(noon|midday|midnight)\\b";
    }

    /** How names are written. */
    static final class Names {
        /** The small words inside a person's name: "Jan de Boer", "Ludwig van Beethoven". */
        static final String PARTICLES = "de|van|von|da|del|der|di|le|la|bin|al";
    }

    /** A chat message that opens with none of these words is terse: "refit cost?". */
    private static final class Terse {
        static final String QUESTION_WORDS = "what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does"
                + "|did|will|would|can|could|should|has|have|had";
        // "next talks when?": chat puts the question word last.
        static final String ENDS_WITH = "^(?!\\W*(" + QUESTION_WORDS + ")\\b)[^?]*\\b";
        // "refit cost?", "share opposed?": a noun among the last words of a message that opens with no question word
        // says what kind of answer it asks for; it stands between these two.
        static final String OPENS = "^(?!\\W*(" + QUESTION_WORDS + ")\\b)[\\w'\u2019 -]*\\b";
        static final String LAST_WORDS = "(\\W+[\\w'\u2019-]+){0,3}\\W*$";
    }

    /** Money as a news article names it. */
    private static final class Money {
        // The currencies a sum is named in after its figure, the auction ring's guineas among them ("52,000 guineas").
        static final String CURRENCIES = "dollars?|euros?|pounds?|pence|cents?|yen|yuan|francs?|kronor|krona|kroner"
                + "|krone|rupees?|guineas?|shillings?|pesos?|roubles?|rubles?|lira|lire|zlotys?|dinars?|dirhams?|riyals?"
                + "|rand";
    }

    /** Numbers as a news article writes them. */
    private static final class Numbers {
        static final String CARDINAL = "\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
                + "|seventy|eighty|ninety|hundred|dozen|half";
        // An age in words: "aged nine", "a six-year-old", "at the age of twenty-three".
        static final String AGE = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four"
                + "|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
        // "Berg, 34, said" and, at a sentence's end, "said Vale, 52.": news style's age after a name.
        static final String AFTER_A_NAME = ", \\d{1,3},|(?<=(?-i:\\p{Lu})\\p{L}{1,30}), \\d{1,3}\\.(?!\\d)";
        static final String ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
                + "|twelfth|\\d+(st|nd|rd|th)";
    }

    /** How a sentence's having or lacking the asked-for kind counts. */
    enum Weight {
        /** Adds a bonus to its score. */
        BONUS,
        /** Relevant sentences that have it outrank those that do not. */
        RANKS_FIRST,
        /**
         * As RANKS_FIRST, and when no sentence that is relevant or among the closest by meaning has it, the article
         * does not answer.
         */
        REQUIRED
    }

    private final Pattern question;
    private final Pattern sentence;
    private final Weight weight;

    AnswerType(String question, String sentence, Weight weight) {
        this.question = Pattern.compile(question, Pattern.CASE_INSENSITIVE);
        this.sentence = Pattern.compile(sentence);
        this.weight = weight;
    }

    /**
     * What a question expects: its answer type, the pattern a sentence holding such an answer matches, and the
     * question's own words, which cannot be its answer ("What time of night did they break in?" is not answered by
     * "on the night of November 14").
     */
    record Expectation(AnswerType type, Pattern sentence, Set<String> givenWords) {

        boolean isHeldBy(String text) {
            Matcher held = sentence.matcher(text);
            while (held.find()) {
                Set<String> matched = words(held.group());
                if (matched.isEmpty() || !givenWords.containsAll(matched)) {
                    return true;
                }
            }
            return type == MONEY && holdsSumOfGivenThing(text);
        }

        // "A 212-million-pound extension": a sum written as an adjective is the sum of the noun after it, so it
        // answers only a question that names that noun ("How much will the extension cost?", not "How much was the
        // council fined?" by "a 2.4-million-pound contract").
        private boolean holdsSumOfGivenThing(String text) {
            Matcher sum = ADJECTIVAL_SUM.matcher(text);
            while (sum.find()) {
                for (String word : List.of(sum.group("noun"), Objects.requireNonNullElse(sum.group("next"), ""))) {
                    String singular = word.toLowerCase(Locale.ROOT).replaceFirst("s$", "");
                    if (!singular.isEmpty() && (givenWords.contains(singular) || givenWords.contains(singular + "s"))) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean ranksFirst() {
            return type.weight != Weight.BONUS;
        }

        /** Whether a name alone may be the answer: a person, a title, anything, but not a count or a date. */
        boolean mayBeAName() {
            return type == ANY || type == PERSON || type == NAME;
        }

        boolean isRequired() {
            return type.weight == Weight.REQUIRED;
        }
    }

    static Expectation expect(String question) {
        Set<String> given = words(question);
        for (AnswerType type : values()) {
            if (type.question.matcher(question).find()) {
                return new Expectation(type, type.sentence, given);
            }
        }
        return new Expectation(ANY, ANY.sentence, given);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
