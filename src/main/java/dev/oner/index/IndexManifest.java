package dev.oner.index;

/**
 * What the committed index under {@code embeddings/} was built from. The app compares it with what it would build
 * now and rebuilds when any field differs.
 *
 * @param model the embedding model's name
 * @param dimension the length of each vector
 * @param articleSha256 hex SHA-256 of the article's source file
 * @param sentenceSplitter how sentences were found
 * @param fragmentStart the pattern that joins split pieces back to the sentence before them
 * @param chunkCount how many sentences were embedded
 * @param chunksSha256 digest of every sentence with its offsets, which moves with any change to normalising or
 *     chunking settings
 * @param lexicon how the lexicon of the article's words was derived
 */
record IndexManifest(
        String model,
        int dimension,
        String articleSha256,
        String sentenceSplitter,
        String fragmentStart,
        int chunkCount,
        String chunksSha256,
        String lexicon) {}
