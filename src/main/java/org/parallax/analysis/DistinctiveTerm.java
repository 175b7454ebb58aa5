package org.parallax.analysis;

import java.util.List;

/**
 * A word one outlet uses more than the rest of the event's coverage, by the weighted log-odds ratio
 * with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008).
 *
 * @param term      the word as the outlet writes it most often
 * @param stem      the analysed term that was counted (stemmed, lower case)
 * @param z         the z-score of the log-odds ratio: above 1.96 is unlikely to be chance
 * @param count     occurrences in the outlet's articles
 * @param restCount occurrences in the other articles of the event
 * @param usages    where the outlet uses it
 */
public record DistinctiveTerm(String term, String stem, double z, int count, int restCount, List<Evidence> usages) {}
