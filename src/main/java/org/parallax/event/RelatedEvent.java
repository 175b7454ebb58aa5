package org.parallax.event;

import java.util.List;

/**
 * An event not grouped with another whose articles are worded alike: a candidate to merge.
 *
 * @param similarity  TF-IDF cosine similarity of the two events' centroids, in [0, 1]
 * @param sharedTerms the words that contribute most to the similarity, as written in the articles
 */
public record RelatedEvent(long id, String title, double similarity, List<String> sharedTerms, int articleCount) {}
