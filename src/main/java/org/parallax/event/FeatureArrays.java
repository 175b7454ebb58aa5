package org.parallax.event;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Grouping's compact copy of what an article stored for grouping: its body and title term bags as
 * parallel arrays (distinct terms ascending in {@link String#compareTo} order, their counts), its
 * actor keys and publication time. The arrays are never modified.
 */
record FeatureArrays(long articleId, String[] bodyTerms, int[] bodyCounts, String[] titleTerms, int[] titleCounts,
                     Set<String> actorKeys, @Nullable OffsetDateTime publishedAt) {

    static FeatureArrays empty(long articleId) {
        return new FeatureArrays(articleId, new String[0], new int[0], new String[0], new int[0], Set.of(), null);
    }

    /** Rough heap size in bytes, for the cache's budget. */
    int weight() {
        return 64 + 12 * (bodyTerms.length + titleTerms.length) + 48 * actorKeys.size();
    }
}
