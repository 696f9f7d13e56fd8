package dev.oner.index;

import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article names, found the way news style writes them: a full name at first mention ("marine
 * biologist Anna Berg") and the surname alone after it ("Berg said"), or a name that speaks or is described
 * ("Lena Dahl said", "Mark Cole, who"). Places, works and organisations are named in full each time ("Port
 * Elm", "Night Train", "the River Trust"), so they are not taken for people.
 *
 * <p>Written by hand because no named-entity model ships in a Maven artifact that runs offline here: OpenNLP's
 * name finder models are not on Maven Central, and its 1.5 models' loading cost was measured at 5 s.
 */
public final class People {

    // Two or more capitalised words, with the particles of a surname between them ("Jan de Boer").
    private static final Pattern FULL_NAME = Pattern.compile("(?<![\\p{L}'\u2019-])\\p{Lu}[\\p{L}'\u2019-]+"
            + "(?:\\s+(?:(?:de|van|von|da|del|der|di|le|la|bin|al)\\s+)?\\p{Lu}[\\p{L}'\u2019-]+)+");
    // Words that may open a sentence in capitals without being part of a name.
    private static final Set<String> NOT_NAMES = Set.of(
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "when",
            "if",
            "but",
            "and",
            "as",
            "after",
            "before",
            "while",
            "with",
            "for",
            "from",
            "by",
            "this",
            "that",
            "these",
            "those",
            "his",
            "her",
            "their",
            "its",
            "our",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "today",
            "tonight",
            "yesterday",
            "thankfully",
            "meanwhile",
            "however",
            "had",
            "has",
            "have",
            "was",
            "were",
            "is",
            "are",
            "did",
            "does",
            "do",
            "would",
            "could",
            "should",
            "will",
            "can");
    private static final Pattern SPEAKS = Pattern.compile("^(?:,\\s*who\\b|\\s+(?:said|says|told|added|explained)\\b)");
    // "Jan de Boer, a retired teacher who ...", "Anna Berg, 83," or "Berg, an 83-year-old ...": an
    // appositive that only a person takes (an age, or a description followed by "who").
    private static final Pattern DESCRIBED_AS_PERSON = Pattern.compile(
            "^,\\s*(?:(?:an?\\s+)?\\d{1,3}(?:-year-old\\b|,(?!\\d))|an?\\s+(?:[\\p{Ll}-]+\\s+){1,4}who\\b)");
    private static final Pattern SPOKEN_OF = Pattern.compile("\\b(?:said|says|told)\\s+$");
    // "biologist Anna Berg", "champion Jan de Boer", "Britain's Ruth Hale": a title or a nationality before
    // the name. A preposition before it ("in Port Elm") marks a place; "the", an organisation or a work, also
    // behind a noun ("the movie Night Train").
    private static final Pattern TITLED =
            Pattern.compile("(?:(?<!\\b(?:[Tt]he|[Aa]n?)\\s)\\b(?!(?:the|a|an|of|in|on|at|to|from|by|for|with|and"
                    + "|or|near|into|across|about|over|under|between|than|its|his|her|their|our|my|your|this|that"
                    + "|these|those|each|every)\\s)\\p{Ll}[\\p{L}-]+,?|\\p{Lu}\\p{L}+['\u2019]s)\\s+$");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}'\u2019-])\\p{Ll}[\\p{Ll}-]+");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b[Tt]he\\s+$");

    // "Mr Hale", "Mrs Berg": a title that says which pronoun stands for the person.
    private static final Pattern MASCULINE_TITLE = Pattern.compile("\\b(?:Mr|Sir|Lord)\\.?\\s+$");
    private static final Pattern FEMININE_TITLE = Pattern.compile("\\b(?:Mrs|Ms|Miss|Dame|Lady)\\.?\\s+$");
    private static final Pattern MASCULINE = Pattern.compile("(?i)\\b(?:he|him|his|himself)\\b");
    private static final Pattern FEMININE = Pattern.compile("(?i)\\b(?:she|her|hers|herself)\\b");

    /** Which singular pronoun stands for a person. */
    public enum Gender {
        MASCULINE,
        FEMININE,
        UNKNOWN;

        /** The gender a pronoun ("he", "her") gives its person, or unknown for any other word. */
        public static Gender ofPronoun(String word) {
            if (People.MASCULINE.matcher(word).matches()) {
                return MASCULINE;
            }
            return People.FEMININE.matcher(word).matches() ? FEMININE : UNKNOWN;
        }

        /** Whether a person of this gender may be what a pronoun of that gender stands for. */
        public boolean agreesWith(Gender pronoun) {
            return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
        }
    }

    private final List<String> names;
    private final Set<String> surnames;
    private final Pattern mention;
    private final Map<String, Gender> genders;

    private People(List<String> names, Map<String, Gender> genders) {
        this.genders = Map.copyOf(genders);
        this.names = List.copyOf(names);
        Set<String> surnames = new LinkedHashSet<>();
        for (String name : names) {
            surnames.add(surname(name));
        }
        this.surnames = Set.copyOf(surnames);
        this.mention = Pattern.compile(mentionOf(surnames));
    }

    // A surname standing as a word of its own: "Berg said", "Berg's victory"; not the start of a longer name, which
    // names a firm or a place after the person ("Pellow's Bakeries", "Berg Street").
    private static String mentionOf(Collection<String> surnames) {
        return "(?<!\\p{L})(?:"
                + String.join("|", surnames.stream().map(Pattern::quote).toList())
                + ")(?!\\p{L})(?!(?:['\u2019]s)?\\s+\\p{Lu})";
    }

    /** Knows no one: every name is as likely to be a person as any other. */
    public static People none() {
        return new People(List.of(), Map.of());
    }

    public static People of(ArticleChunks chunks) {
        String text = String.join(
                " ", chunks.sentences().stream().map(SentenceChunk::text).toList());
        Set<String> commonNouns = new HashSet<>();
        Matcher lowerCase = LOWER_CASE_WORD.matcher(text);
        while (lowerCase.find()) {
            commonNouns.add(lowerCase.group());
        }
        // "The Kestrel Cup", "the Carrow Trust": a name the article ever writes after "the" is a thing's, wherever
        // else it stands ("in his sixth Kestrel Cup final" reads like "biologist Anna Berg").
        Set<String> things = new HashSet<>();
        Matcher matcher = FULL_NAME.matcher(text);
        while (matcher.find()) {
            String name = trim(matcher.group());
            int start = matcher.start() + matcher.group().indexOf(name);
            if (ARTICLE_BEFORE
                    .matcher(text.substring(Math.max(0, start - 40), start))
                    .find()) {
                things.add(name);
            }
            // "Tullagh Moor" in "Tullagh Moor Airport", "the Tullagh Moor Lakes": the start of a place's or an
            // organisation's name is a place.
            String[] words = name.split("\\s+");
            if (words.length > 2
                    && (things.contains(name)
                            || commonNouns.contains(words[words.length - 1].toLowerCase(Locale.ROOT)))) {
                for (int end = 2; end < words.length; end++) {
                    things.add(String.join(" ", Arrays.copyOfRange(words, 0, end)));
                }
            }
        }
        Set<String> people = new LinkedHashSet<>();
        matcher.reset();
        while (matcher.find()) {
            String name = withoutTitle(trim(matcher.group()), commonNouns);
            // A dateline ("TULLAGH MOOR, March 14") is in capitals; a person's name is not.
            if (!name.contains(" ") || things.contains(name) || name.equals(name.toUpperCase(Locale.ROOT))) {
                continue;
            }
            int start = matcher.start() + matcher.group().indexOf(name);
            String before = text.substring(Math.max(0, start - 40), start);
            String after = text.substring(matcher.end());
            if (DESCRIBED_AS_PERSON.matcher(after).find()) {
                people.add(name);
                continue;
            }
            // "Brenmoor Water said", "the regulator Harrowby District Council": organisations speak and take titles
            // too, and their names end in a common noun, one the article also writes in lower case ("tap water").
            if (commonNouns.contains(surname(name).toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean speaks =
                    SPEAKS.matcher(after).find() || SPOKEN_OF.matcher(before).find();
            // "Lake Orvane", "Kestle Link": a name that opens with a common noun is a place's or a thing's unless
            // it speaks ("Rose Walker said").
            if (speaks
                    || (!commonNouns.contains(firstWord(name).toLowerCase(Locale.ROOT))
                            && (TITLED.matcher(before).find() || standsAlone(surname(name), text)))) {
                people.add(name);
            }
        }
        return new People(new ArrayList<>(people), genders(chunks, people));
    }

    // Each person's gender, from the pronouns the article uses after naming them ("Berg, 34, said she ...") and the
    // titles it gives them ("Mrs Berg"): a pronoun stands for the person named last before it. Written by hand, as
    // no coreference model ships offline (see the class comment); a majority of two to one decides, so a pronoun for
    // someone else now and then ("said his client") does not.
    private static Map<String, Gender> genders(ArticleChunks chunks, Set<String> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<String, String> bySurname = new HashMap<>();
        people.forEach(name -> bySurname.putIfAbsent(surname(name), name));
        Pattern mentionOrPronoun =
                Pattern.compile(mentionOf(bySurname.keySet()) + "|" + MASCULINE.pattern() + "|" + FEMININE.pattern());
        Map<String, int[]> votes = new HashMap<>();
        String last = null;
        for (SentenceChunk sentence : chunks.sentences()) {
            String text = sentence.text();
            Matcher matcher = mentionOrPronoun.matcher(text);
            while (matcher.find()) {
                String person = bySurname.get(matcher.group());
                if (person != null) {
                    last = person;
                    String before = text.substring(Math.max(0, matcher.start() - 40), matcher.start())
                            .replaceAll("\\s*\\p{Lu}[\\p{L}'\u2019-]+\\s+$", " ");
                    int[] count = votes.computeIfAbsent(person, name -> new int[2]);
                    count[0] += MASCULINE_TITLE.matcher(before).find() ? 2 : 0;
                    count[1] += FEMININE_TITLE.matcher(before).find() ? 2 : 0;
                } else if (last != null) {
                    votes.computeIfAbsent(last, name -> new int[2])[
                            Gender.ofPronoun(matcher.group()) == Gender.MASCULINE ? 0 : 1]++;
                }
            }
        }
        Map<String, Gender> genders = new HashMap<>();
        votes.forEach((person, count) -> {
            if (count[0] > 0 && count[0] >= 2 * count[1]) {
                genders.put(person, Gender.MASCULINE);
            } else if (count[1] > 0 && count[1] >= 2 * count[0]) {
                genders.put(person, Gender.FEMININE);
            }
        });
        return genders;
    }

    /** Which pronoun the article uses for a person (full name or surname), or unknown. */
    public Gender genderOf(String name) {
        return whoIs(name)
                .map(person -> genders.getOrDefault(person, Gender.UNKNOWN))
                .orElse(Gender.UNKNOWN);
    }

    /** The people's full names, in the order the article first names them. */
    public List<String> names() {
        return names;
    }

    /** Whether a name (full, or a surname) is one of the article's people. */
    public boolean isPerson(String name) {
        return whoIs(name).isPresent();
    }

    // The full name of the person a name (full, a surname, or with a title) stands for. "Councillor Priya Ashdown" is
    // Priya Ashdown with her title.
    private Optional<String> whoIs(String name) {
        String trimmed = trim(name);
        return names.stream()
                .filter(person ->
                        person.equals(trimmed) || surname(person).equals(trimmed) || trimmed.endsWith(" " + person))
                .findFirst();
    }

    /** Whether the text names one of the article's people, in full or by surname. */
    public boolean mentionedIn(String text) {
        return !surnames.isEmpty() && mention.matcher(text).find();
    }

    /** Whether the text names one of the article's people whom the other text does not name. */
    public boolean mentionedInBeyond(String text, String other) {
        if (surnames.isEmpty()) {
            return false;
        }
        Matcher mentioned = mention.matcher(text);
        while (mentioned.find()) {
            if (!other.contains(mentioned.group())) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    // "Mayor Gwen Thackeray", "Councillor Priya Ashdown": a title the article also writes in lower case is not part
    // of the name, when a full name follows it.
    private static String withoutTitle(String name, Set<String> commonNouns) {
        String[] words = name.split("\\s+");
        if (words.length > 2 && commonNouns.contains(words[0].toLowerCase(Locale.ROOT))) {
            return name.substring(words[0].length()).strip();
        }
        return name;
    }

    private static String firstWord(String name) {
        return name.split("\\s+")[0];
    }

    private static String surname(String name) {
        String[] words = name.split("\\s+");
        String last = words[words.length - 1];
        // "de Boer": the particle belongs to the surname.
        if (words.length > 2 && Character.isLowerCase(words[words.length - 2].charAt(0))) {
            return words[words.length - 2] + " " + last;
        }
        return last;
    }

    // The surname alone somewhere, not inside a longer run of capitalised words: "Berg said", "Berg's victory".
    private static boolean standsAlone(String surname, String text) {
        Matcher alone = Pattern.compile("(?<!\\p{Lu}[\\p{L}'\u2019-]{0,30}\\s)(?<![\\p{L}])" + Pattern.quote(surname)
                        + "(?![\\p{L}])(?!\\s+\\p{Lu})")
                .matcher(text);
        return alone.find();
    }

    private static String trim(String span) {
        List<String> words = new ArrayList<>(
                List.of(span.strip().replaceAll("['\u2019]s?$", "").split("\\s+")));
        while (!words.isEmpty()
                && (NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))
                        || words.get(0).matches(".*['\u2019]s"))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }
}
