package dev.oner.answer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the extractive answerer weighs evidence, picks sentences and abstains. The defaults were chosen on the dev
 * questions and checked on the team's held-out questions (README, "How answers are chosen").
 *
 * @param maxSentences most sentences in one answer
 * @param maxWords longest answer, in words as a reader counts them: each marker ("[1]") is one
 * @param minCoverage the least share of the question's weighted words that some retrieved sentence must hold for
 *     the question to count as answered by the article
 * @param minCoverageWhenDistinct the least share that will do for a sentence that stands out by meaning
 * @param distinctDenseMargin how far above the mean dense similarity of all retrieved sentences a sentence must be
 *     to stand out
 * @param standoutDense a sentence this close to the question by meaning, on the dense scale (about 2.7 standard
 *     deviations above the mean when standardised), is relevant whatever words it shares with the question: a
 *     paraphrase ("By how much did internet sales jump?" for "Online orders rose by 640 percent") shares none
 * @param coverageWeight how much word coverage adds to a sentence's dense similarity when ranking
 * @param typeBonus added to a sentence that holds the kind of answer the question asks for (a date, a duration)
 * @param supportMargin a further sentence joins the answer only when its score is within this of the best
 * @param minCoverageGain ... and when it adds at least this share of the question's words to what is covered
 * @param relatedCredit the share of a word's weight that a sentence holding only a lexical relation of it gets
 * @param maxUnknownShare the article does not answer a question when words it never uses, in any form or lexical
 *     relation, carry at least this share of the question's weight
 * @param closestByMeaning how many sentences closest to the question by dense similarity may give a required kind
 *     of answer (a duration, a date) without holding the question's words
 * @param aboutCoverage a sentence that holds at least this share of a question that gives a name is the one about
 *     what the question asks ...
 * @param typedShareOfAbout ... so when it holds no answer of the kind asked for, a sentence that does but holds less
 *     than this fraction of its share of the question is about something else, and the article does not say
 * @param summaryQuestion a question matching this regular expression asks what the article is about, and is
 *     answered with the article's opening sentences
 * @param taskRequest a message matching this regular expression asks the bot to make something (a poem, a joke,
 *     a translation, a conversion), for advice to the asker ("Should I ...?"), for how a kind of thing works in
 *     general ("How does a steam engine work?", "How does a knight move?") or how the asker could do something in
 *     general ("How do I bake bread?"), for the world's record of a kind, to set the article aside, or for its own
 *     opinion, rather than asks what the article says, and is answered with the abstention whatever its topic
 * @param abstention what the bot says when the article does not answer
 * @param denseScale how dense similarities enter the score and the margins above: {@code standardised}, each
 *     sentence's distance from the mean similarity of the sentences the dense retriever returned for this question,
 *     in that question's standard deviations, times {@code denseUnit}, so that the constants mean the same for any
 *     model however its cosines are spread and for any article however close its sentences sit; or {@code raw}
 *     cosines, on the scale of the model the constants were first chosen with (bge-small-en-v1.5-q, whose cosines sit
 *     between about 0.65 and 0.9)
 * @param denseUnit what one standard deviation of a question's dense similarities counts for when standardised
 */
@ConfigurationProperties("oner.answer")
public record AnswerProperties(
        @Positive @DefaultValue("3") int maxSentences,
        @Positive @DefaultValue("80") int maxWords,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.2")
        double minCoverage,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.1")
        double minCoverageWhenDistinct,

        @DecimalMin("0") @DefaultValue("0.11") double distinctDenseMargin,
        @DefaultValue("0.08") double standoutDense,
        @DecimalMin("0") @DefaultValue("0.2") double coverageWeight,
        @DecimalMin("0") @DefaultValue("0.03") double typeBonus,
        @DecimalMin("0") @DefaultValue("0.03") double supportMargin,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.1")
        double minCoverageGain,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.7")
        double relatedCredit,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.9")
        double maxUnknownShare,

        @Positive @DefaultValue("3") int closestByMeaning,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.7")
        double aboutCoverage,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.33")
        double typedShareOfAbout,

        @NotBlank
        @DefaultValue("^\\W*(what('s| is| are)? (this|the) (article|story|piece|text)\\b|summari[sz]e|sum up"
                + "|(give me )?(a |the )?summary|tl;? ?dr|(what's|what is|give me) the gist|main points?\\b)")
        String summaryQuestion,

        @NotBlank
        @DefaultValue(
                "^\\W*(please\\s+)?(can you\\s+|could you\\s+)?(write|draft|compose|draw|generate|create|make up|sing"
                        + "|translate|convert|calculate|tell me a (joke|story|poem)|recommend|suggest|advise me"
                        + "|give me (some )?(advice|tips))\\b|^\\W*should (i|we)\\b"
                        + "|^\\W*how (does|do) (?!(the|this|that|these|those|its|their|his|her)\\b)[\\w -]+ work\\W*$"
                        // A kind of thing in general: an indefinite subject of the present tense ("How does a jet
                        // engine produce thrust?"), which no news report's "the" or name points at.
                        + "|^\\W*how (does|do|is|are) an? \\w+"
                        // How the asker could do something ("How do I bake sourdough bread at home?"), or how things
                        // of a kind go in general, in the present tense ("How do bees make honey?", "How is glass made
                        // from sand?"), when no "the", pronoun or name points at anything the article tells of ("How
                        // do I find out if my bike is one of them?" asks about a recall the article reports).
                        + "|^\\W*how (?!.*\\b(the|this|that|these|those|its|their|his|her|him|them|it|they|he|she"
                        + "|there)\\b)(?!.*\\b(?-i:\\p{Lu}\\p{Ll}))((do|can|should|would|could) (i|you|we|one)|(do|does|is"
                        + "|are) (?!(we|i|you)\\b)[\\w-]+) "
                        // The world's record of a kind ("What is the longest canal in the world?"): general knowledge,
                        // not what a report says.
                        + "|^\\W*(what|which|who|how many)\\b[^?]*\\bin the world\\b"
                        + "|^\\W*(forget|ignore|disregard)\\b.*\\b(article|instructions|prompt)\\b"
                        + "|\\btell me a (joke|story|poem)\\b|\\b(do|don't) you think\\b|\\b(in )?your (own )?(opinion|view)\\b")
        String taskRequest,

        @NotBlank @DefaultValue("The article doesn't say. Ask about something it covers, or ask what it is about.")
        String abstention,

        @NotNull @DefaultValue("standardised") DenseScale denseScale,
        @DecimalMin("0") @DefaultValue("0.03") double denseUnit) {

    /** See {@link AnswerProperties#denseScale()}. */
    public enum DenseScale {
        RAW,
        STANDARDISED
    }
}
