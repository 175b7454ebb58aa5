package org.parallax.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable sparse vector over terms: only non-zero weights are stored, in term order.
 * Used for TF-IDF vectors ({@link TfIdfVectorizer}) and their centroids ({@link #mean}).
 */
public final class SparseVector {

    /** The vector with no non-zero weight. */
    public static final SparseVector EMPTY = new SparseVector(new String[0], new double[0]);

    private final String[] terms;
    private final double[] weights;
    private final double norm;

    private SparseVector(String[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    /** The vector with these weights; zero weights are dropped, NaN and infinite ones rejected. */
    public static SparseVector of(Map<String, Double> weights) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, Double>[] entries = weights.entrySet().toArray(new Map.Entry[0]);
        if (!(weights instanceof java.util.SortedMap<?, ?> sorted && sorted.comparator() == null)) {
            Arrays.sort(entries, Map.Entry.comparingByKey());
        }
        String[] terms = new String[entries.length];
        double[] values = new double[entries.length];
        int n = 0;
        for (Map.Entry<String, Double> e : entries) {
            double w = e.getValue();
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("Weight is not finite: " + e);
            }
            if (w != 0) {
                terms[n] = e.getKey();
                values[n++] = w;
            }
        }
        return ofSorted(terms, values, n);
    }

    /**
     * The vector with the first {@code size} terms and weights, the terms strictly ascending in
     * {@link String#compareTo} order and every weight finite and non-zero (not checked: the caller
     * guarantees it). The arrays are taken over, not copied.
     */
    static SparseVector ofSorted(String[] terms, double[] weights, int size) {
        if (size == 0) {
            return EMPTY;
        }
        if (size < terms.length) {
            return new SparseVector(Arrays.copyOf(terms, size), Arrays.copyOf(weights, size));
        }
        return new SparseVector(terms, weights);
    }

    /**
     * The centroid (arithmetic mean) of the vectors: weight(t) = (1/n) Σ v_i(t). Not normalised;
     * {@link #cosine} does not need it. {@link #EMPTY} for no vectors.
     */
    public static SparseVector mean(Collection<SparseVector> vectors) {
        if (vectors.isEmpty()) {
            return EMPTY;
        }
        // a k-way merge of the sorted term arrays; each term's weights are summed in the order of the
        // vectors, so the result is the same, bit for bit, as summing term by term in a map
        SparseVector[] vs = vectors.toArray(new SparseVector[0]);
        int[] at = new int[vs.length];
        int capacity = 0;
        for (SparseVector v : vs) {
            capacity += v.terms.length;
        }
        String[] terms = new String[capacity];
        double[] values = new double[capacity];
        int n = 0;
        while (true) {
            String least = null;
            for (int k = 0; k < vs.length; k++) {
                if (at[k] < vs[k].terms.length && (least == null || vs[k].terms[at[k]].compareTo(least) < 0)) {
                    least = vs[k].terms[at[k]];
                }
            }
            if (least == null) {
                break;
            }
            double sum = 0;
            boolean first = true;
            for (int k = 0; k < vs.length; k++) {
                if (at[k] < vs[k].terms.length && vs[k].terms[at[k]].equals(least)) {
                    sum = first ? vs[k].weights[at[k]] : sum + vs[k].weights[at[k]];
                    first = false;
                    at[k]++;
                }
            }
            double mean = sum / vs.length;
            if (!Double.isFinite(mean)) {
                throw new IllegalArgumentException("Weight is not finite: " + least + "=" + mean);
            }
            if (mean != 0) {
                terms[n] = least;
                values[n++] = mean;
            }
        }
        return ofSorted(terms, values, n);
    }

    /**
     * Cosine similarity, cos(a, b) = a·b / (‖a‖ ‖b‖) = Σ_t a(t) b(t) / (‖a‖ ‖b‖); in [0, 1] for
     * non-negative weights. Defined as 0 when either vector is empty (zero norm).
     */
    public static double cosine(SparseVector a, SparseVector b) {
        if (a.norm == 0 || b.norm == 0) {
            return 0;
        }
        double cos = a.dot(b) / (a.norm * b.norm);
        return Math.clamp(cos, -1, 1);
    }

    /** The dot product Σ_t this(t) · other(t), over the terms both vectors have. */
    public double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            int c = terms[i].compareTo(other.terms[j]);
            if (c == 0) {
                sum += weights[i++] * other.weights[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The Euclidean (L2) norm ‖v‖ = √(Σ_t v(t)²). */
    public double norm() {
        return norm;
    }

    /** This vector divided by its L2 norm (unit length); {@link #EMPTY} stays empty. */
    public SparseVector normalized() {
        if (norm == 0 || norm == 1) {
            return this;
        }
        double[] scaled = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            scaled[i] = weights[i] / norm;
        }
        return new SparseVector(terms, scaled);
    }

    /** The weight of {@code term}; 0 when it has none. */
    public double weight(String term) {
        int i = Arrays.binarySearch(terms, term);
        return i >= 0 ? weights[i] : 0;
    }

    /** Term to weight, in term order, unmodifiable. */
    public Map<String, Double> weights() {
        TreeMap<String, Double> map = new TreeMap<>();
        for (int i = 0; i < terms.length; i++) {
            map.put(terms[i], weights[i]);
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /**
     * The {@code k} terms of highest weight, highest first, equal weights in term order: the first
     * {@code k} of the terms sorted by descending weight, then ascending term (fewer when the vector
     * has fewer terms). Selects in one pass without boxing the weights.
     */
    public List<String> topTerms(int k) {
        int[] best = new int[Math.max(0, Math.min(k, terms.length))];
        if (best.length == 0) {
            return List.of();
        }
        int count = 0;
        for (int i = 0; i < terms.length; i++) {
            if (count == best.length && !ranksBefore(i, best[count - 1])) {
                continue;
            }
            int at = count < best.length ? count++ : count - 1;
            while (at > 0 && ranksBefore(i, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        List<String> top = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            top.add(terms[best[j]]);
        }
        return top;
    }

    private boolean ranksBefore(int a, int b) {
        int byWeight = Double.compare(weights[b], weights[a]);
        return byWeight < 0 || (byWeight == 0 && terms[a].compareTo(terms[b]) < 0);
    }

    /** The number of non-zero weights. */
    public int size() {
        return terms.length;
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return weights().toString();
    }
}
