package dev.oner.retrieval;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import dev.oner.index.People;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a follow-up ("What character does he play?") into a standalone question ("What character does Anna
 * Berg play?") from the conversation in the query's chat memory, offline. Hand-written because LangChain4j's
 * {@code CompressingQueryTransformer} needs a chat model.
 *
 * <p>A person pronoun (he, his, she, they, ...) stands for the first name in the previous turn, people the article
 * names ({@link People}) before other names: in its answer when the previous question asked who, else in that
 * question, else in its answer; "they" and "them" stand for a name that is not one of the people, as one person is
 * "he" or "she". "It" and "its" stand for the
 * previous question's subject, a noun phrase ("the oner", "the one-shot sequence"): a determiner and the words up to
 * where a noun phrase cannot go on, less the main verb that follows the subject after "does" or "did". A question
 * that names someone itself is left alone.
 */
public final class FollowUpResolver implements QueryTransformer {

    /** Attribute of a stored user message: the standalone question it was answered as. */
    public static final String EFFECTIVE_QUESTION = "effectiveQuestion";
    /** Attribute of a stored answer: false when the bot abstained. */
    public static final String ANSWERED = "answered";

    private static final Pattern PERSON_PRONOUN =
            Pattern.compile("\\b(he|him|his|she|her|hers|they|them|their)\\b", Pattern.CASE_INSENSITIVE);
    // "They" may be a union or a company; "he" and "she" are people.
    private static final Pattern SINGULAR_PERSON_PRONOUN =
            Pattern.compile("\\b(he|him|his|she|her|hers)\\b", Pattern.CASE_INSENSITIVE);
    // "Who is Anna Berg?": the question is about the person it names, whoever the answer names.
    private static final Pattern ASKS_WHO_SOMEONE_IS =
            Pattern.compile("^\\s*who\\s+(?:is|was)\\s+\\p{Lu}", Pattern.CASE_INSENSITIVE);
    // "Which dog found them?", "Which company built the bridge?": the answer names the thing asked about.
    private static final Pattern ASKS_WHICH = Pattern.compile("^\\s*which\\s+(?!of\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern THING_PRONOUN = Pattern.compile("\\b(it|its)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("his|her|hers|their|its", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_WHO =
            Pattern.compile("^\\s*(who|whom|whose|which (actor|actress|person|director))\\b", Pattern.CASE_INSENSITIVE);
    // A possessor as a noun phrase's determiner: "the town's flood wall", "Berg's new bike".
    private static final String POSSESSOR = "(?-i:\\p{Lu}[\\p{L}-]*)['\u2019]s";
    // Runs of capitalised words ("Anna Berg", "Martin Luther King Jr."); leading function words are trimmed off.
    private static final Pattern NAME =
            Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019-]*|Jr\\.|Sr\\.|of|the))*");
    private static final Set<String> NOT_NAMES = Set.of(
            "the",
            "a",
            "an",
            "when",
            "with",
            "it",
            "this",
            "that",
            "had",
            "he",
            "she",
            "they",
            "thankfully",
            "what",
            "who",
            "why",
            "how",
            "where",
            "which",
            "was",
            "is",
            "did",
            "does",
            "do",
            "i",
            "comprised",
            "talking",
            "acknowledging",
            "if",
            "in",
            "on",
            "after",
            "as",
            "and",
            "but");
    // Words a noun phrase cannot run into: prepositions, then determiners and pronouns (the start of an object).
    private static final String PREPOSITIONS =
            "in|on|of|for|with|by|at|to|from|about|into|during|after|before|over|through|between|without";
    private static final String OBJECT_STARTS =
            "the|a|an|this|that|these|those|it|its|them|him|her|his|their|us|me|you";
    // The subject phrase of a question ("the oner", "the one-shot action sequence"): a determiner and up to four
    // words, ending where a noun phrase cannot go on: before a preposition, an auxiliary, a verb form in -ed or
    // -ing ("filmed", "making"), an object's determiner or pronoun, or the question mark.
    private static final Pattern SUBJECT = Pattern.compile(
            "\\b(?:the|this|that|these|those|" + POSSESSOR + ")\\s+([\\p{L}\\d'-]+(?:\\s+[\\p{L}\\d'-]+){0,3}?)"
                    + "(?=\\s+(?:" + PREPOSITIONS + "|" + OBJECT_STARTS
                    + "|did|does|do|is|was|were|are|be|have|has|had|will|would|can|could"
                    + "|\\p{L}+ed|\\p{L}+ing)\\b|\\s*[?.!]|$)",
            Pattern.CASE_INSENSITIVE);
    // "does", "did", "do" just before the subject: English then puts the main verb, uninflected, right after the
    // subject ("What does the sequence consist of?"), where nothing marks it as a verb but its place.
    private static final Pattern DO_SUPPORT = Pattern.compile("\\b(?:do|does|did)\\s+$", Pattern.CASE_INSENSITIVE);
    // What may follow that verb but not stand for it: so when the phrase is followed by one of these, the verb is
    // the phrase's own last word.
    private static final Pattern AFTER_THE_VERB = Pattern.compile(
            "^\\s*(?:[?.!]|$|(?:" + PREPOSITIONS + "|" + OBJECT_STARTS + ")\\b)", Pattern.CASE_INSENSITIVE);

    // "and after?", "what about Hale?": a fragment that leans on the previous question, not a question of its own.
    private static final Pattern FRAGMENT = Pattern.compile(
            "^\\s*(?:and|but|also|what about|how about)\\s+(?!(?:who"
                    + "|what|when|where|why|how|which|is|are|was|were|do|does|did|has|have|had|can|could|will|would)\\b)"
                    + "(?<rest>\\S+?(?:\\s+\\S+?){0,4}?)\\s*[?.!]*\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION_WORD =
            Pattern.compile("\\b(?:" + PREPOSITIONS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRAGMENT_PREPOSITION =
            Pattern.compile("(?:" + PREPOSITIONS + "|since|until)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final String AUXILIARIES =
            "is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|may|might|be|been";
    // Words that ask, point back or say what kind of answer is wanted, and nothing about a topic.
    private static final Set<String> ASKS_ONLY = Set.copyOf(Arrays.asList((AUXILIARIES
                    + "|" + PREPOSITIONS
                    + "|" + OBJECT_STARTS
                    + "|what|which|who|whom|whose|when|where|why|how|and|but|or|so|not|no|since|until|under|per"
                    + "|there|then|else|other|others|one|ones|many|much|long|old|far|often|soon|exactly|roughly"
                    + "|time|times|year|years|month|months|week|weeks|day|days|period|date|amount|number|s")
            .split("\\|")));
    private static final Pattern QUESTION_OPENING = Pattern.compile(
            "^(?:(?:how(?:\\s+(?:many|much|long|old|far|often|big|large|soon))?|what|which|who|whom|whose|when|where"
                    + "|why)\\b\\s*)?(?:(?:" + AUXILIARIES + ")\\b\\s*)?",
            Pattern.CASE_INSENSITIVE);

    private final People people;

    public FollowUpResolver(People people) {
        this.people = people;
    }

    @Override
    public Collection<Query> transform(Query query) {
        List<ChatMessage> history =
                query.metadata() == null ? List.of() : query.metadata().chatMemory();
        return List.of(Query.from(resolve(query.text(), history), query.metadata()));
    }

    /** The question as it reads on its own, given the conversation so far (oldest first). */
    public String resolve(String asked, List<ChatMessage> history) {
        String question = ChatSpellings.normalise(asked);
        Optional<Turn> previous = lastTurn(history);
        if (previous.isEmpty()) {
            return question;
        }
        Matcher fragment = FRAGMENT.matcher(question);
        if (fragment.matches()) {
            return continued(previous.get().question(), fragment.group("rest"));
        }
        String resolved = question;
        if (PERSON_PRONOUN.matcher(question).find() && !namesSomeone(question)) {
            Matcher singular = SINGULAR_PERSON_PRONOUN.matcher(question);
            Optional<String> person = singular.find()
                    ? previous.get().person(people, !people.isEmpty(), People.Gender.ofPronoun(singular.group()))
                    : previous.get().group(people);
            if (person.isPresent()) {
                resolved = replace(resolved, PERSON_PRONOUN, person.get());
            }
        }
        if (THING_PRONOUN.matcher(resolved).find()) {
            Optional<String> subject = previous.get().subject(people);
            if (subject.isPresent()) {
                resolved = replace(resolved, THING_PRONOUN, subject.get());
            }
        }
        // "Why not?" asks about the previous question's topic, and so does "How many were still without it?" after
        // "How many homes lost power?", where "it" has no subject phrase to stand for.
        if (resolved.equals(question)
                && (saysNothingOfItsOwn(question)
                        || THING_PRONOUN.matcher(question).find())) {
            return question.strip() + " " + topic(previous.get().question());
        }
        return resolved;
    }

    // "Why not?", "Over what period?", "When were the other ones?": every word only says what kind of answer is
    // wanted, so the question is about what the previous one was about.
    private static boolean saysNothingOfItsOwn(String question) {
        return WORD.matcher(question)
                .results()
                .map(word -> word.group().toLowerCase(Locale.ROOT))
                .allMatch(word -> word.chars().allMatch(Character::isDigit) || ASKS_ONLY.contains(word));
    }

    // The previous question without its question word and auxiliary, which say what it asked, not what about: "How
    // many jobs has the firm promised?" gives "jobs has the firm promised".
    private static String topic(String previous) {
        return QUESTION_OPENING.matcher(previous.strip()).replaceFirst("").replaceFirst("[?.!]+$", "");
    }

    // A question that names one of the article's people is about them, not about whom a pronoun would stand for;
    // when the article names nobody that way, any name will do.
    private boolean namesSomeone(String question) {
        List<String> names = names(withoutFirstWord(question));
        return people.isEmpty() ? !names.isEmpty() : names.stream().anyMatch(people::isPerson);
    }

    /**
     * The previous question asked again with the fragment in place of what it changes: a preposition phrase for a
     * preposition ("... before the changes?" and "and after?" give "... after the changes?"), a name for a name
     * ("How old is Berg?" and "what about Hale?" give "How old is Hale?"); anything else is added to it.
     */
    private static String continued(String previous, String rest) {
        String asked = previous.strip().replaceFirst("[?.!]+$", "");
        Matcher preposition = FRAGMENT_PREPOSITION.matcher(rest);
        if (preposition.lookingAt()) {
            Matcher last = PREPOSITION_WORD.matcher(asked);
            int at = -1;
            int end = -1;
            while (last.find()) {
                at = last.start();
                end = last.end();
            }
            if (at >= 0) {
                return rest.length() > preposition.end()
                        ? asked.substring(0, at) + rest + "?"
                        : asked.substring(0, at) + rest + asked.substring(end) + "?";
            }
        }
        List<String> names = names(withoutFirstWord(asked));
        if (Character.isUpperCase(rest.charAt(0)) && !names.isEmpty()) {
            String replaced = names.get(names.size() - 1);
            int at = asked.lastIndexOf(replaced);
            return asked.substring(0, at) + rest + asked.substring(at + replaced.length()) + "?";
        }
        return asked + " " + rest + "?";
    }

    private record Turn(String question, String answer) {

        /**
         * Whom a person pronoun stands for; only one of the article's people when {@code onlyPeople}, and one whom the
         * article calls by a pronoun of the same gender before one it does not ("she" after an answer that names
         * Derek Allsop and Margaret Pellow).
         */
        Optional<String> person(People people, boolean onlyPeople, People.Gender pronoun) {
            List<String> order = new ArrayList<>();
            if (ASKS_WHO.matcher(question).find()
                    && !ASKS_WHO_SOMEONE_IS.matcher(question).find()) {
                order.addAll(inAnswer());
                order.addAll(inQuestion());
            } else {
                order.addAll(inQuestion());
                order.addAll(inAnswer());
            }
            Optional<String> person = order.stream()
                    .filter(people::isPerson)
                    .filter(name -> people.genderOf(name).agreesWith(pronoun))
                    .findFirst()
                    .or(() -> order.stream().filter(people::isPerson).findFirst());
            if (onlyPeople) {
                return person;
            }
            return person.or(() -> fullNameFirst(order));
        }

        /**
         * Whom "they" stands for: a name that is not one of the article's people, as one person is "he" or "she"
         * ("Did any of them spread?" after a question about fires is not about the campaigner the answer quoted).
         */
        Optional<String> group(People people) {
            List<String> order = new ArrayList<>(inQuestion());
            order.addAll(inAnswer());
            return fullNameFirst(
                    order.stream().filter(name -> !people.isPerson(name)).toList());
        }

        private List<String> inQuestion() {
            return names(withoutFirstWord(question));
        }

        // The answer's names that the question did not give.
        private List<String> inAnswer() {
            return names(answer).stream()
                    .filter(name -> !question.contains(name))
                    .toList();
        }

        // A name of several words before a single word, which may be a sentence's first ("Two primary schools").
        private static Optional<String> fullNameFirst(List<String> names) {
            return names.stream()
                    .filter(name -> name.contains(" "))
                    .findFirst()
                    .or(() -> names.stream().findFirst());
        }

        /**
         * What "it" stands for: the thing the answer named when the question asked which one ("Which dog found the
         * walkers?" then "How old is it?"), else the question's subject phrase, else a name in it that is not one of
         * the people.
         */
        Optional<String> subject(People people) {
            if (ASKS_WHICH.matcher(question).find()) {
                Optional<String> named = fullNameFirst(inAnswer().stream()
                        .filter(name -> !people.isPerson(name))
                        .toList());
                if (named.isPresent()) {
                    return named;
                }
            }
            Matcher subject = SUBJECT.matcher(question);
            if (subject.find()) {
                return Optional.of(nounPhrase(
                        subject.group().strip(),
                        question.substring(0, subject.start()),
                        question.substring(subject.end())));
            }
            return names(withoutFirstWord(question)).stream()
                    .filter(name -> !people.isPerson(name))
                    .findFirst();
        }

        /**
         * The phrase without the main verb that do-support can leave at its end. After "does" or "did" the subject
         * is followed by the verb; when what follows the phrase cannot be that verb (a preposition, an object, the
         * question mark), the verb is the phrase's last word: "What does the one-shot sequence consist of?" gives
         * "the one-shot sequence consist", and the subject is "the one-shot sequence". A determiner and one word
         * is kept whole.
         */
        private static String nounPhrase(String phrase, String before, String after) {
            List<String> words = List.of(phrase.split("\\s+"));
            if (words.size() > 2
                    && DO_SUPPORT.matcher(before).find()
                    && AFTER_THE_VERB.matcher(after).find()) {
                return String.join(" ", words.subList(0, words.size() - 1));
            }
            return phrase;
        }
    }

    private static Optional<Turn> lastTurn(List<ChatMessage> history) {
        for (int i = history.size() - 1; i > 0; i--) {
            if (history.get(i) instanceof AiMessage answer && history.get(i - 1) instanceof UserMessage asked) {
                String question = asked.attributes().get(EFFECTIVE_QUESTION) instanceof String effective
                        ? effective
                        : asked.singleText();
                boolean answered = !Boolean.FALSE.equals(answer.attributes().get(ANSWERED));
                return Optional.of(new Turn(question, answered ? answer.text() : ""));
            }
        }
        return Optional.empty();
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            String name = trimFunctionWords(matcher.group());
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String trimFunctionWords(String span) {
        List<String> words =
                new ArrayList<>(List.of(span.replaceAll("['\u2019]s$", "").split("\\s+")));
        while (!words.isEmpty() && NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        while (!words.isEmpty() && Set.of("of", "the").contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).replaceAll("['\u2019]s$", "");
    }

    // The first word of a question is capitalised whatever it is, so it cannot mark a name.
    private static String withoutFirstWord(String question) {
        return question.strip().replaceFirst("^\\S+", "");
    }

    private static String replace(String question, Pattern pronoun, String antecedent) {
        Matcher matcher = pronoun.matcher(question);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String replacement = POSSESSIVE.matcher(matcher.group()).matches() ? antecedent + "'s" : antecedent;
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }
}
