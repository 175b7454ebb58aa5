package org.parallax.article;

import java.util.Set;

/**
 * The term bags and actor keys of an article exactly as they were written to {@code article_terms}
 * and {@code article_actor}: distinct terms in ascending {@link String#compareTo} order with their
 * counts (parallel arrays), terms longer than the stored limit left out. Handed to whoever reacts to
 * {@link ArticleStored}, so that it need not read back what was just written. Treat the arrays as
 * read-only.
 */
public record StoredTerms(String[] bodyTerms, int[] bodyCounts, String[] titleTerms, int[] titleCounts, Set<String> actorKeys) {

    public StoredTerms {
        actorKeys = Set.copyOf(actorKeys);
    }
}
