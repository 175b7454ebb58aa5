package org.parallax.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Document frequencies for scoring candidate events, cached in memory. Idf moves slowly as a
 * corpus grows, so a slightly old df changes a score by a negligible amount; the article's own
 * terms are always read fresh ({@link #remember}), and the cache empties itself whenever the
 * corpus has grown by a quarter since it was filled.
 */
final class FrequencyCache {

    private static final int MAX_ENTRIES = 500_000;

    private final Function<Collection<String>, Map<String, Integer>> source;
    private final Map<String, Integer> cache = new ConcurrentHashMap<>();
    private volatile int documentsWhenFilled = -1;

    FrequencyCache(Function<Collection<String>, Map<String, Integer>> source) {
        this.source = source;
    }

    /** Frequencies of the terms, with N under "", from the cache where present. */
    Map<String, Integer> lookup(Collection<String> terms) {
        Map<String, Integer> result = new HashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (String t : terms) {
            Integer df = cache.get(t);
            if (df != null) {
                result.put(t, df);
            } else {
                missing.add(t);
            }
        }
        Map<String, Integer> fresh = source.apply(missing);
        remember(fresh);
        result.putAll(fresh);
        result.put("", fresh.getOrDefault("", cache.getOrDefault("", 0)));
        return result;
    }

    /** Forgets everything (the corpus was emptied). */
    void clear() {
        cache.clear();
        documentsWhenFilled = -1;
    }

    /** Takes fresh frequencies (with N under "") into the cache. */
    void remember(Map<String, Integer> fresh) {
        int n = fresh.getOrDefault("", -1);
        if (n >= 0) {
            if (documentsWhenFilled < 0 || n > documentsWhenFilled * 1.25 + 100 || cache.size() > MAX_ENTRIES) {
                cache.clear();
                documentsWhenFilled = n;
            }
        }
        cache.putAll(fresh);
    }
}
