package org.parallax.text;

/**
 * Corpus statistics for inverse document frequency: how many documents there are, and in how many
 * of them a term occurs. Terms are as produced by {@link TermAnalyzer}. The database supplies these
 * for the stored corpus; {@link InMemoryDocumentFrequencies} counts a collection in memory.
 */
public interface DocumentFrequencies {

    /** N, the number of documents in the corpus; at least 0. */
    int documentCount();

    /** df(t), the number of documents containing {@code term} at least once; 0 for an unknown term. */
    int documentFrequency(String term);
}
