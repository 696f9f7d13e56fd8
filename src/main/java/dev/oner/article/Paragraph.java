package dev.oner.article;

/** One paragraph of the normalised article: its number (from 1) and its [start, end) offsets. */
public record Paragraph(int number, int start, int end) {}
