package org.parallax.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The stored grouping features of recently seen articles, kept in memory so that scoring an
 * article against candidate events does not read their members' features back from the database
 * every time. An article's stored features never change, so an entry never goes stale; an entry for
 * an article whose storing transaction rolled back is never asked for (article ids are not reused).
 * Least recently used entries leave first, within a budget of about {@value #BUDGET_BYTES} bytes of
 * arrays (term strings are shared through a bounded dictionary), so memory stays flat however
 * large the corpus.
 */
final class FeatureCache {

    static final long BUDGET_BYTES = 48L << 20;
    private static final int MAX_DICTIONARY = 400_000;

    private final Function<Collection<Long>, Map<Long, FeatureArrays>> source;
    private final LinkedHashMap<Long, FeatureArrays> entries = new LinkedHashMap<>(1 << 12, 0.75f, true);
    private final Map<String, String> dictionary = new ConcurrentHashMap<>();
    private long bytes;

    FeatureCache(Function<Collection<Long>, Map<Long, FeatureArrays>> source) {
        this.source = source;
    }

    /** The features of the articles that have any, read from the database where not cached. */
    Map<Long, FeatureArrays> getAll(Collection<Long> articleIds) {
        Map<Long, FeatureArrays> result = new HashMap<>();
        List<Long> missing = new java.util.ArrayList<>();
        synchronized (this) {
            for (long id : articleIds) {
                FeatureArrays f = entries.get(id);
                if (f != null) {
                    result.put(id, f);
                } else {
                    missing.add(id);
                }
            }
        }
        if (!missing.isEmpty()) {
            source.apply(missing).forEach((id, f) -> result.put(id, put(f)));
        }
        return result;
    }

    /** Keeps the features (with their strings shared through the dictionary); answers the kept copy. */
    FeatureArrays put(FeatureArrays f) {
        FeatureArrays shared = new FeatureArrays(f.articleId(), intern(f.bodyTerms()), f.bodyCounts(), intern(f.titleTerms()),
                f.titleCounts(), f.actorKeys(), f.publishedAt());
        synchronized (this) {
            FeatureArrays old = entries.put(shared.articleId(), shared);
            bytes += shared.weight() - (old == null ? 0 : old.weight());
            var it = entries.values().iterator();
            while (bytes > BUDGET_BYTES && it.hasNext()) {
                bytes -= it.next().weight();
                it.remove();
            }
        }
        return shared;
    }

    synchronized void clear() {
        entries.clear();
        dictionary.clear();
        bytes = 0;
    }

    private String[] intern(String[] terms) {
        if (dictionary.size() > MAX_DICTIONARY) {
            dictionary.clear();
        }
        String[] shared = new String[terms.length];
        for (int i = 0; i < terms.length; i++) {
            String t = terms[i];
            String known = dictionary.putIfAbsent(t, t);
            shared[i] = known == null ? t : known;
        }
        return shared;
    }
}
