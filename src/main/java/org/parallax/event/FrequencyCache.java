package org.parallax.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed corpus document frequencies, kept in memory exactly up to date: a term's df is read
 * from the database once, then advanced by every {@link org.parallax.article.CorpusCounted} this
 * application publishes as it writes the statistics. Every lookup also reads N from the database;
 * when it is not the N the cache has followed (another writer, a rolled-back commit, an emptied
 * corpus), the cache starts over, so what a lookup answers always equals what the database holds.
 * Terms not in the corpus are remembered with df 0.
 */
final class FrequencyCache {

    private static final int MAX_ENTRIES = 1_000_000;

    private final java.util.function.Function<Collection<String>, Map<String, Integer>> source;
    private final Map<String, Integer> cache = new HashMap<>();
    /** The N the cached values belong to; -1 when nothing is cached. */
    private int documents = -1;

    FrequencyCache(java.util.function.Function<Collection<String>, Map<String, Integer>> source) {
        this.source = source;
    }

    /** Committed frequencies of the terms (0 for unknown ones), with N under "": one query for N and the terms not cached. */
    Map<String, Integer> lookup(Collection<String> terms) {
        return lookup(terms, true);
    }

    /**
     * {@link #lookup(Collection)}; without {@code validate}, when every term is cached and N was
     * validated before (by the caller's judgement, e.g. earlier in the same transaction while holding the
     * grouping lock), no query at all.
     */
    synchronized Map<String, Integer> lookup(Collection<String> terms, boolean validate) {
        List<String> missing = new ArrayList<>();
        for (String t : terms) {
            if (!t.isEmpty() && !cache.containsKey(t)) {
                missing.add(t);
            }
        }
        if (!validate && missing.isEmpty() && documents >= 0) {
            return answer(terms);
        }
        Map<String, Integer> fresh = source.apply(missing);
        int n = fresh.getOrDefault("", 0);
        if (n != documents || cache.size() + missing.size() > MAX_ENTRIES) {
            cache.clear();
            documents = n;
            if (missing.size() < terms.size()) {
                missing = terms.stream().filter(t -> !t.isEmpty()).distinct().toList();
                fresh = source.apply(missing);
                documents = fresh.getOrDefault("", 0);
            }
        }
        for (String t : missing) {
            cache.put(t, fresh.getOrDefault(t, 0));
        }
        return answer(terms);
    }

    private Map<String, Integer> answer(Collection<String> terms) {
        Map<String, Integer> result = new HashMap<>(terms.size() * 2);
        for (String t : terms) {
            if (!t.isEmpty()) {
                result.put(t, cache.get(t));
            }
        }
        result.put("", documents);
        return result;
    }

    /** Advances the cached frequencies by documents just written to the statistics. */
    synchronized void counted(int addedDocuments, Map<String, Integer> addedFrequencies) {
        if (documents < 0) {
            return;
        }
        documents += addedDocuments;
        addedFrequencies.forEach((t, df) -> cache.computeIfPresent(t, (k, v) -> v + df));
    }

    /** Forgets everything. */
    synchronized void clear() {
        cache.clear();
        documents = -1;
    }
}
