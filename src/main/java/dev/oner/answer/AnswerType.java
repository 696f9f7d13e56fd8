package dev.oner.answer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of answer a question's wording asks for, and what a sentence holding such an answer looks like: the
 * classic answer-type check of extractive question answering. How much it counts depends on how reliably a
 * sentence's surface shows the kind: a number or a year cannot hide, a person's name or a reason can.
 */
enum AnswerType {
    DURATION(
            "\\bhow long\\b",
            "(?i)\\b(\\d+|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
                    + "|thirty|forty|fifty|sixty|ninety)[- ](second|minute|hour|day|week|month|year)s?\\b"
                    + "|\\bfor (seconds|minutes|hours|days|weeks|months|years)\\b",
            Weight.REQUIRED),
    AGE("\\bhow old\\b", "(?i)\\b\\d+[- ]years?[- ]old\\b|\\baged? \\d+\\b", Weight.REQUIRED),
    // "How many days": a number, then within two words the counted thing ("12 minutes", "numerous cuts").
    COUNT(
            "\\bhow many (?<unit>[a-z]+?)(e?s)?\\b",
            "(?i)\\b(\\d[\\d,.]*|dozens?|hundreds?|thousands?|millions?|billions?|one|two|three|four|five|six|seven|eight"
                    + "|nine|ten|eleven|twelve|numerous|several|many|few)\\s+([\\w-]+\\s+){0,2}%s",
            Weight.REQUIRED),
    // "How much": money or a measured amount, not any digit ("Extraction 2").
    AMOUNT(
            "\\bhow much\\b",
            "(?i)[$\u20ac\u00a3]\\s?\\d|\\b\\d[\\d,.]*\\s?(%|percent|dollars?|euros?|pounds?|thousand|million|billion)\\b"
                    + "|\\b(dollars?|millions?|billions?)\\b",
            Weight.REQUIRED),
    YEAR("\\b(what|which) year\\b|\\bin what year\\b", "\\b(1[89]|20)\\d\\d\\b", Weight.REQUIRED),
    DATE(
            "\\b(what|which) (month|date|day)\\b|^\\s*when\\b",
            "\\b(1[89]|20)\\d\\d\\b|\\b(January|February|March|April|May|June|July|August|September|October"
                    + "|November|December|spring|summer|autumn|fall|winter)\\b",
            Weight.BONUS),
    LIST(
            "\\b(what|which) (kinds?|types?|sorts?|elements|parts|things|components)\\b|\\binclude|\\bcompris"
                    + "|\\bconsists?\\b|\\bmake up\\b|\\bmade up\\b",
            // Three or more short items in a row, separated by commas: "a car chase, a building escape, gunplay".
            "([^,.;]{1,40}, ){2,}(and |or )?[^,.;]{1,40}",
            Weight.RANKS_FIRST),
    PERSON(
            "^\\s*(who|whom|whose)\\b|\\bwhich (actor|actress|director|person|star)\\b|\\bon whose\\b",
            // Two capitalised words together, not at the sentence's start where any word is capitalised.
            "(?<!^)(?<![.!?] )\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+",
            Weight.BONUS),
    REASON(
            "^\\s*why\\b|\\bwhat (made|led|caused|convinced|inspired|prompted)\\b",
            "(?i)\\b(because|due to|in an effort to|in order to|so that|as a result|thanks to|wanted to|the reason"
                    + "|since|after|only when|led to)\\b",
            Weight.BONUS),
    ANY("$^", "$^", Weight.BONUS);

    /** How a sentence's having or lacking the asked-for kind counts. */
    enum Weight {
        /** Adds a bonus to its score. */
        BONUS,
        /** Sentences that have it outrank all that do not. */
        RANKS_FIRST,
        /** As RANKS_FIRST, and when no retrieved sentence has it the article does not answer. */
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

    /** What a question expects: its answer type, and the pattern a sentence holding such an answer matches. */
    record Expectation(AnswerType type, Pattern sentence) {

        boolean isHeldBy(String text) {
            return sentence.matcher(text).find();
        }

        boolean ranksFirst() {
            return type.weight != Weight.BONUS;
        }

        boolean isRequired() {
            return type.weight == Weight.REQUIRED;
        }
    }

    static Expectation expect(String question) {
        for (AnswerType type : values()) {
            Matcher asked = type.question.matcher(question);
            if (asked.find()) {
                return new Expectation(type, type.sentencePattern(asked));
            }
        }
        return new Expectation(ANY, ANY.sentence);
    }

    // A type whose question names a unit ("how many days") looks for that unit in the sentence.
    private Pattern sentencePattern(Matcher asked) {
        if (!sentence.pattern().contains("%s")) {
            return sentence;
        }
        return Pattern.compile(
                sentence.pattern().formatted(Pattern.quote(asked.group("unit").toLowerCase(Locale.ROOT))));
    }
}
