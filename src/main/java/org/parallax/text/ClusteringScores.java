package org.parallax.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a clustering against gold labels, two ways.
 *
 * <p><b>Pair counting</b> (as used by Miranda et al., "Multilingual Clustering of Streaming News",
 * EMNLP 2018): over all unordered pairs of distinct items, a pair is predicted-together when both
 * items share a predicted cluster and gold-together when they share a gold label.
 * <pre>
 *   precision = |predicted-together ∧ gold-together| / |predicted-together|
 *   recall    = |predicted-together ∧ gold-together| / |gold-together|
 * </pre>
 * Computed from the contingency table n_ij (items in gold class i and predicted cluster j):
 * together-in-both = Σ_ij C(n_ij, 2), predicted-together = Σ_j C(n_·j, 2), gold-together = Σ_i C(n_i·, 2).
 * A ratio 0/0 (no pair predicted, or none in gold) counts as 1: nothing was claimed wrongly, or
 * nothing was there to find.
 *
 * <p><b>B-cubed</b> (A. Bagga and B. Baldwin, "Algorithms for Scoring Coreference Chains", LREC 1998
 * workshop; E. Amigó, J. Gonzalo, J. Artiles and F. Verdejo, "A comparison of extrinsic clustering
 * evaluation metrics based on formal constraints", Information Retrieval 12(4), 2009): for each
 * item e with predicted cluster C(e) and gold class L(e),
 * <pre>
 *   precision(e) = |C(e) ∩ L(e)| / |C(e)|      recall(e) = |C(e) ∩ L(e)| / |L(e)|
 * </pre>
 * averaged over all items (each item counts in its own cluster and class).
 *
 * <p>F1 = 2PR / (P + R), 0 when P + R = 0. Both maps must have the same items; with no items every
 * score is 1.
 *
 * @param pairwise pair-counting precision and recall
 * @param bCubed B-cubed precision and recall
 */
public record ClusteringScores(PrecisionRecall pairwise, PrecisionRecall bCubed) {

    /**
     * A precision and a recall, each in [0, 1].
     *
     * @param precision the share of what was found that is right
     * @param recall the share of what is right that was found
     */
    public record PrecisionRecall(double precision, double recall) {

        /** The harmonic mean 2PR / (P + R); 0 when both are 0. */
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /**
     * Scores {@code predicted} against {@code gold}.
     *
     * @param gold item id → gold event label
     * @param predicted item id → predicted cluster label, for exactly the items of {@code gold}
     * @throws IllegalArgumentException when the item sets differ or a label is null
     */
    public static ClusteringScores of(Map<String, String> gold, Map<String, String> predicted) {
        if (!gold.keySet().equals(predicted.keySet())) {
            throw new IllegalArgumentException("Gold and predicted must label the same items");
        }
        int n = gold.size();
        if (n == 0) {
            PrecisionRecall perfect = new PrecisionRecall(1, 1);
            return new ClusteringScores(perfect, perfect);
        }
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<Cell, Integer> cells = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String g = Objects.requireNonNull(e.getValue(), () -> "No gold label for " + e.getKey());
            String p = Objects.requireNonNull(predicted.get(e.getKey()), () -> "No predicted label for " + e.getKey());
            goldSizes.merge(g, 1, Integer::sum);
            predictedSizes.merge(p, 1, Integer::sum);
            cells.merge(new Cell(g, p), 1, Integer::sum);
        }

        long together = 0;
        double bPrecision = 0;
        double bRecall = 0;
        for (Map.Entry<Cell, Integer> cell : cells.entrySet()) {
            long nij = cell.getValue();
            together += pairs(nij);
            // Each of the n_ij items in the cell has |C ∩ L| = n_ij.
            bPrecision += (double) nij * nij / predictedSizes.get(cell.getKey().predicted());
            bRecall += (double) nij * nij / goldSizes.get(cell.getKey().gold());
        }
        long predictedPairs = 0;
        for (int size : predictedSizes.values()) {
            predictedPairs += pairs(size);
        }
        long goldPairs = 0;
        for (int size : goldSizes.values()) {
            goldPairs += pairs(size);
        }
        PrecisionRecall pairwise = new PrecisionRecall(ratio(together, predictedPairs), ratio(together, goldPairs));
        PrecisionRecall bCubed = new PrecisionRecall(bPrecision / n, bRecall / n);
        return new ClusteringScores(pairwise, bCubed);
    }

    private record Cell(String gold, String predicted) {}

    private static long pairs(long size) {
        return size * (size - 1) / 2;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 1 : (double) numerator / denominator;
    }
}
