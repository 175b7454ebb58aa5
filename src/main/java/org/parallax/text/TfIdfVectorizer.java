package org.parallax.text;

import java.util.Map;

/**
 * TF-IDF vectors with sublinear term frequency and smoothed inverse document frequency, L2-normalised;
 * the weighting of scikit-learn's {@code TfidfVectorizer(sublinear_tf=True, smooth_idf=True, norm="l2")}.
 *
 * <p>For a document with raw term counts tf(t), a corpus of N documents of which df(t) contain t:
 * <pre>
 *   tf'(t)  = 1 + ln tf(t)                       (sublinear tf; tf ≥ 1)
 *   idf(t)  = ln((N + 1) / (df(t) + 1)) + 1      (smoothed: as if one extra document held every term once)
 *   w(t)    = tf'(t) · idf(t)
 *   v(t)    = w(t) / √(Σ_s w(s)²)                (unit L2 norm)
 * </pre>
 * The smoothing keeps idf finite for terms unseen in the corpus (df = 0 gives ln(N + 1) + 1) and
 * the "+ 1" keeps terms that occur in every document from vanishing (df = N gives idf = 1). With an
 * empty corpus (N = 0) every idf is 1 and the vector is the normalised sublinear tf. A df outside
 * [0, N], as inconsistent statistics might give, is clamped into it. See G. Salton and C. Buckley,
 * "Term-weighting approaches in automatic text retrieval", Information Processing &amp; Management
 * 24(5), 1988, for the family of schemes.
 *
 * <p>Thread-safe if the {@link DocumentFrequencies} is.
 */
public final class TfIdfVectorizer {

    private final DocumentFrequencies frequencies;

    public TfIdfVectorizer(DocumentFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    /** The unit-length TF-IDF vector of a bag of terms; {@link SparseVector#EMPTY} for an empty bag. */
    public SparseVector vectorize(TermCounts counts) {
        if (counts.isEmpty()) {
            return SparseVector.EMPTY;
        }
        // counts() iterates in term order, so the weights come out sorted
        int n = Math.max(0, frequencies.documentCount());
        String[] terms = new String[counts.distinct()];
        double[] weights = new double[terms.length];
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.counts().entrySet()) {
            terms[i] = e.getKey();
            weights[i++] = (1 + Math.log(e.getValue())) * idf(n, frequencies.documentFrequency(e.getKey()));
        }
        return SparseVector.ofSorted(terms, weights, i).normalized();
    }

    /**
     * The same vector for a bag given as parallel arrays: distinct terms in ascending
     * {@link String#compareTo} order and their counts, each at least 1.
     */
    public SparseVector vectorize(String[] sortedTerms, int[] counts) {
        if (sortedTerms.length == 0) {
            return SparseVector.EMPTY;
        }
        int n = Math.max(0, frequencies.documentCount());
        String[] terms = sortedTerms.clone();
        double[] weights = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            if (counts[i] < 1 || (i > 0 && terms[i - 1].compareTo(terms[i]) >= 0)) {
                throw new IllegalArgumentException("Terms must be distinct, sorted, with counts of at least 1: " + terms[i]);
            }
            weights[i] = (1 + Math.log(counts[i])) * idf(n, frequencies.documentFrequency(terms[i]));
        }
        return SparseVector.ofSorted(terms, weights, terms.length).normalized();
    }

    /** idf(t) = ln((N + 1) / (df(t) + 1)) + 1 for the current statistics. */
    public double idf(String term) {
        return idf(Math.max(0, frequencies.documentCount()), frequencies.documentFrequency(term));
    }

    private static double idf(int n, int df) {
        int clamped = Math.clamp(df, 0, n);
        return Math.log((n + 1.0) / (clamped + 1.0)) + 1;
    }

    /** Cosine similarity of two vectors, {@link SparseVector#cosine}. */
    public static double cosine(SparseVector a, SparseVector b) {
        return SparseVector.cosine(a, b);
    }
}
