package org.parallax.text.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighted log-odds ratio with an informative Dirichlet prior, the "Fightin' Words" statistic of
 * Monroe, Colaresi &amp; Quinn (2008), <i>Fightin' Words: Lexical Feature Selection and Evaluation
 * for Identifying the Content of Political Conflict</i>, Political Analysis 16(4): 372–403, §3.5,
 * equations 16–22.
 *
 * <h2>Definition</h2>
 * For a term {@code w}, a group {@code i} (one outlet's coverage of an event) and the rest
 * {@code j} (the other outlets' coverage), with counts y<sup>i</sup><sub>w</sub>,
 * y<sup>j</sup><sub>w</sub>, totals n<sup>i</sup> = Σ<sub>w</sub> y<sup>i</sup><sub>w</sub>,
 * n<sup>j</sup> = Σ<sub>w</sub> y<sup>j</sup><sub>w</sub>, and prior pseudo-counts α<sub>w</sub>
 * with α<sub>0</sub> = Σ<sub>w</sub> α<sub>w</sub>:
 * <pre>
 *   δ_w  = ln[(y_w^i + α_w) / (n^i + α_0 − y_w^i − α_w)] − ln[(y_w^j + α_w) / (n^j + α_0 − y_w^j − α_w)]
 *   σ²(δ_w) ≈ 1/(y_w^i + α_w) + 1/(y_w^j + α_w)
 *   z_w  = δ_w / √σ²(δ_w)
 * </pre>
 * Positive {@code z} marks a term over-represented in the group, negative one over-represented in
 * the rest; |z| &gt; 1.96 is the usual eye-catching threshold. The z-score, unlike δ, accounts for
 * how much evidence there is, so rare terms do not dominate.
 *
 * <h2>Prior</h2>
 * The prior comes from a background corpus {@code b} (for instance every article in the database):
 * <pre>
 *   α_w = max(A · b_w / Σ_v b_v,  floor)
 * </pre>
 * where {@code A} is the <em>prior size</em>. Monroe et al. scale the prior to the data; Parallax's
 * default ({@link #scaledToData()}) is {@code A = n^i + n^j}, a prior worth as many words as the two
 * compared corpora together, so the amount of shrinkage does not depend on the size of the
 * background corpus. {@link #withPriorSize(double)} fixes {@code A} instead (for example 1,000, or
 * Σ<sub>v</sub> b<sub>v</sub> to use the raw background counts, as some implementations do).
 * Terms absent from the background, and terms so rare there that their share falls below it, get
 * the <b>floor</b>, {@value #DEFAULT_FLOOR} by default (the constant of the uninformative prior
 * commonly used with this method). The α<sub>0</sub> in the formulas is the actual sum
 * Σ<sub>w</sub> α<sub>w</sub> over the vocabulary (background terms ∪ group terms ∪ rest terms), so
 * with floors it is slightly larger than {@code A}. An empty background falls back to the pooled
 * counts y<sup>i</sup> + y<sup>j</sup> as the background.
 *
 * <p>Degenerate cases: if both groups are empty there is nothing to score (empty result); an empty
 * group alone still scores every term of the rest (all negative). A vocabulary of a single term
 * has no odds (a denominator is zero) and scores δ = z = 0.
 */
public final class LogOddsRatio {

    /** The default pseudo-count for terms missing from (or negligible in) the background. */
    public static final double DEFAULT_FLOOR = 0.01;

    private final double priorSize; // NaN: scaled to data
    private final double floor;

    private LogOddsRatio(double priorSize, double floor) {
        if (!(floor > 0) || Double.isInfinite(floor)) {
            throw new IllegalArgumentException("Floor must be positive: " + floor);
        }
        if (!Double.isNaN(priorSize) && (!(priorSize > 0) || Double.isInfinite(priorSize))) {
            throw new IllegalArgumentException("Prior size must be positive: " + priorSize);
        }
        this.priorSize = priorSize;
        this.floor = floor;
    }

    /** The default: prior size {@code A = n^i + n^j}, floor {@value #DEFAULT_FLOOR}. */
    public static LogOddsRatio scaledToData() {
        return new LogOddsRatio(Double.NaN, DEFAULT_FLOOR);
    }

    /** A fixed prior size {@code A}, floor {@value #DEFAULT_FLOOR}. */
    public static LogOddsRatio withPriorSize(double priorSize) {
        return withPriorSize(priorSize, DEFAULT_FLOOR);
    }

    /** A fixed prior size {@code A} and floor. */
    public static LogOddsRatio withPriorSize(double priorSize, double floor) {
        if (Double.isNaN(priorSize)) {
            throw new IllegalArgumentException("Prior size must be positive: NaN");
        }
        return new LogOddsRatio(priorSize, floor);
    }

    /** This configuration with another floor. */
    public LogOddsRatio withFloor(double newFloor) {
        return new LogOddsRatio(priorSize, newFloor);
    }

    /**
     * Scores every term that occurs in the group or in the rest.
     *
     * @param group      term counts of the group (one outlet)
     * @param rest       term counts of the rest (the other outlets)
     * @param background term counts of the background corpus; may be empty
     * @return one score per term with a positive count in {@code group} or {@code rest}, sorted by
     *         {@code z} descending, ties by term
     * @throws IllegalArgumentException if a count is negative
     */
    public List<TermScore> score(Map<String, Integer> group, Map<String, Integer> rest,
            Map<String, Integer> background) {
        return score(group, rest, background, total(background, "background"));
    }

    /**
     * As {@link #score(Map, Map, Map)}, with the background given only for the compared vocabulary
     * (the terms of the group and the rest) and its total over the <em>whole</em> background corpus:
     * how a large corpus is used without loading all of it. The shares are then
     * b<sub>w</sub> / {@code backgroundTotal}, and α<sub>0</sub> also counts the prior mass
     * A · (1 − Σ<sub>w∈vocabulary</sub> b<sub>w</sub> / {@code backgroundTotal}) of the background terms
     * outside the vocabulary, so the scores equal those computed with the full background map
     * (up to floors of background terms rarer than the floor, which do not occur in either group).
     *
     * @param backgroundTotal Σ<sub>v</sub> b<sub>v</sub> over the whole background; at least the sum of {@code background}
     */
    public List<TermScore> score(Map<String, Integer> group, Map<String, Integer> rest,
            Map<String, Integer> background, long backgroundTotal) {
        return score(group, rest, background, backgroundTotal, false);
    }

    /**
     * As {@link #score(Map, Map, Map, long)}, scoring only the terms the group uses: the only ones
     * that can be over-represented in it (z &gt; 0). The same numbers for those terms, at a fraction of
     * the cost when the rest's vocabulary is large.
     */
    public List<TermScore> scoreGroupTerms(Map<String, Integer> group, Map<String, Integer> rest,
            Map<String, Integer> background, long backgroundTotal) {
        return score(group, rest, background, backgroundTotal, true);
    }

    private List<TermScore> score(Map<String, Integer> group, Map<String, Integer> rest,
            Map<String, Integer> background, long backgroundTotal, boolean groupTermsOnly) {
        long ni = total(group, "group");
        long nj = total(rest, "rest");
        long partial = total(background, "background");
        if (backgroundTotal < partial) {
            throw new IllegalArgumentException("Background total " + backgroundTotal + " is below the sum of the given counts " + partial);
        }
        long nb = backgroundTotal;
        if (ni + nj == 0) {
            return List.of();
        }
        Map<String, Integer> prior = background;
        if (nb == 0) {
            prior = pooled(group, rest);
            nb = ni + nj;
        }
        double a = Double.isNaN(priorSize) ? (double) (ni + nj) : priorSize;

        // α_0 = Σ over the vocabulary (prior ∪ group ∪ rest) of α_w, plus the prior mass of background
        // terms outside it; computed without materialising the vocabulary.
        double alpha0 = 0;
        long covered = 0;
        for (Map.Entry<String, Integer> e : prior.entrySet()) {
            covered += e.getValue();
            alpha0 += Math.max(a * e.getValue() / nb, floor);
        }
        for (String w : group.keySet()) {
            if (!prior.containsKey(w)) {
                alpha0 += floor;
            }
        }
        for (String w : rest.keySet()) {
            if (!prior.containsKey(w) && !group.containsKey(w)) {
                alpha0 += floor;
            }
        }
        alpha0 += a * (nb - covered) / nb;

        List<TermScore> scores = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        group.forEach((w, c) -> { if (c > 0) terms.add(w); });
        if (!groupTermsOnly) {
            rest.forEach((w, c) -> { if (c > 0) terms.add(w); });
        }
        for (String w : terms) {
            int yi = group.getOrDefault(w, 0);
            int yj = rest.getOrDefault(w, 0);
            double aw = Math.max(a * prior.getOrDefault(w, 0) / nb, floor);
            double oddsDenI = ni + alpha0 - yi - aw;
            double oddsDenJ = nj + alpha0 - yj - aw;
            double variance = 1.0 / (yi + aw) + 1.0 / (yj + aw);
            double delta;
            double z;
            if (oddsDenI <= 0 || oddsDenJ <= 0) {
                delta = 0;
                z = 0;
            } else {
                delta = Math.log((yi + aw) / oddsDenI) - Math.log((yj + aw) / oddsDenJ);
                z = delta / Math.sqrt(variance);
            }
            scores.add(new TermScore(w, delta, variance, z, yi, yj));
        }
        scores.sort(Comparator.comparingDouble(TermScore::z).reversed().thenComparing(TermScore::term));
        return List.copyOf(scores);
    }

    /** Counts of a sequence of terms (for instance {@link WordToken#normalized()} words). */
    public static Map<String, Integer> counts(Collection<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : terms) {
            counts.merge(t, 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> pooled(Map<String, Integer> group, Map<String, Integer> rest) {
        Map<String, Integer> pooled = new HashMap<>(group);
        rest.forEach((w, c) -> pooled.merge(w, c, Integer::sum));
        return pooled;
    }

    private static long total(Map<String, Integer> counts, String what) {
        long n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("Negative " + what + " count for '" + e.getKey() + "': " + e.getValue());
            }
            n += e.getValue();
        }
        return n;
    }
}
