/**
 * Overlap and framing of one event's coverage: what the outlets share, what only one of them
 * carries or leaves out, and how their words differ. Corpus-sized work (shingle joins, TF-IDF
 * weights, term statistics, actors) is SQL over the derived tables in {@link ComparisonRepository};
 * the rest works on the event's own texts, so the cost grows with the event, not the corpus.
 */
@NullMarked
package org.parallax.analysis;

import org.jspecify.annotations.NullMarked;
