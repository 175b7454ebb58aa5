package org.parallax.article;

import java.util.Map;

/**
 * Published (synchronously, inside the storing transaction, just before it commits, or right after
 * the write outside a transaction) when documents were added to the corpus statistics
 * ({@code term_stat}): how many, and by how much each term's document frequency grew. Lets a reader
 * keep a copy of the statistics in memory exactly up to date.
 *
 * @param documents           documents added, the growth of N
 * @param documentFrequencies term (or {@code "actor:"} key) to the number of the added documents containing it
 */
public record CorpusCounted(int documents, Map<String, Integer> documentFrequencies) {}
