package org.parallax.text;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bag of terms: how often each term occurs in one text. Immutable; iteration is in term order.
 *
 * @param counts term to number of occurrences, every count at least 1
 * @param total the number of tokens, the sum of all counts
 */
public record TermCounts(Map<String, Integer> counts, int total) {

    /** The bag of no terms. */
    public static final TermCounts EMPTY = new TermCounts(Map.of(), 0);

    public TermCounts {
        TreeMap<String, Integer> copy = new TreeMap<>();
        long sum = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int count = e.getValue();
            if (e.getKey().isEmpty() || count < 1) {
                throw new IllegalArgumentException("Bad term count: " + e);
            }
            copy.put(e.getKey(), count);
            sum += count;
        }
        if (sum != total) {
            throw new IllegalArgumentException("Total " + total + " is not the sum of the counts, " + sum);
        }
        counts = Collections.unmodifiableSortedMap(copy);
    }

    /** The counts with their sum as total. */
    public static TermCounts of(Map<String, Integer> counts) {
        int total = 0;
        for (int c : counts.values()) {
            total = Math.addExact(total, c);
        }
        return new TermCounts(counts, total);
    }

    /** How often {@code term} occurs; 0 when it does not. */
    public int count(String term) {
        return counts.getOrDefault(term, 0);
    }

    /** The number of distinct terms. */
    public int distinct() {
        return counts.size();
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
