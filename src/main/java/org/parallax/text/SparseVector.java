package org.parallax.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
        TreeMap<String, Double> sorted = new TreeMap<>();
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double w = e.getValue();
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("Weight is not finite: " + e);
            }
            if (w != 0) {
                sorted.put(e.getKey(), w);
            }
        }
        if (sorted.isEmpty()) {
            return EMPTY;
        }
        String[] terms = new String[sorted.size()];
        double[] values = new double[sorted.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            terms[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new SparseVector(terms, values);
    }

    /**
     * The centroid (arithmetic mean) of the vectors: weight(t) = (1/n) Σ v_i(t). Not normalised;
     * {@link #cosine} does not need it. {@link #EMPTY} for no vectors.
     */
    public static SparseVector mean(Collection<SparseVector> vectors) {
        if (vectors.isEmpty()) {
            return EMPTY;
        }
        TreeMap<String, Double> sum = new TreeMap<>();
        for (SparseVector v : vectors) {
            for (int i = 0; i < v.terms.length; i++) {
                sum.merge(v.terms[i], v.weights[i], Double::sum);
            }
        }
        sum.replaceAll((term, w) -> w / vectors.size());
        return of(sum);
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
