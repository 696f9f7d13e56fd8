package dev.oner.answer;

/**
 * A sentence an answer rests on. Marker {@code [n]} in the answer text refers to it.
 *
 * @param n the marker's number, from 1, in the order the answer uses them
 * @param text the sentence, equal to the normalised article's text between start and end
 * @param paragraph the paragraph holding it, from 1
 * @param start offset of its first character in the normalised article
 * @param end offset just past its last character
 * @param score how strongly it answers the question: higher is better, comparable within one reply
 */
public record Citation(int n, String text, int paragraph, int start, int end, double score) {}
