package dev.oner.index;

/** A sentence that shares words with a query, and its BM25 score. */
public record KeywordHit(int sentence, double score) {}
