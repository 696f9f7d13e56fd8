package dev.oner.retrieval;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat spellings of the question words ("wen", "wat", "hw"), read as the words they stand for, so that the kind of
 * answer asked for is seen ("wen was he arrested" asks for a date). The question words are a closed class, so this
 * is a fixed list rather than a spelling corrector: each entry drops or swaps a letter of one of them, and none is an
 * English word in its own right ("hat", "hen", "here" and "were" are one letter from "what", "when" and "where", and
 * are left alone).
 */
final class ChatSpellings {

    private static final Map<String, String> QUESTION_WORDS = Map.ofEntries(
            Map.entry("wat", "what"),
            Map.entry("wht", "what"),
            Map.entry("waht", "what"),
            Map.entry("whta", "what"),
            Map.entry("wen", "when"),
            Map.entry("whn", "when"),
            Map.entry("wehn", "when"),
            Map.entry("whne", "when"),
            Map.entry("wher", "where"),
            Map.entry("whre", "where"),
            Map.entry("wehre", "where"),
            Map.entry("wich", "which"),
            Map.entry("whch", "which"),
            Map.entry("wihch", "which"),
            Map.entry("whcih", "which"),
            Map.entry("hw", "how"),
            Map.entry("wy", "why"));

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}'\u2019])\\p{L}+(?![\\p{L}'\u2019])");

    private ChatSpellings() {}

    static String normalise(String question) {
        Matcher word = WORD.matcher(question);
        StringBuilder normalised = new StringBuilder();
        while (word.find()) {
            String meant = QUESTION_WORDS.get(word.group().toLowerCase(Locale.ROOT));
            word.appendReplacement(normalised, Matcher.quoteReplacement(meant == null ? word.group() : meant));
        }
        word.appendTail(normalised);
        return normalised.toString();
    }
}
