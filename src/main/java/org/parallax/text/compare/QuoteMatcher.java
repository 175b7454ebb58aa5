package org.parallax.text.compare;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether two quotations from different articles are the same quotation, allowing for
 * partial quoting and small differences.
 *
 * <p>Both texts are reduced to their normalised words ({@link WordTokenizer}: comparison key, so
 * case, curly/straight apostrophes and all punctuation are ignored). Let {@code a} and {@code b} be
 * the word sequences and {@code A}, {@code B} their word sets. The quotations are the same when
 * <ol>
 *   <li>the sequences are equal (and not empty); or</li>
 *   <li>one sequence contains the other as a contiguous subsequence and the shorter one has at least
 *       {@code minContained} words (default 3), so a partial quotation matches its full form but a
 *       two-word scare quote does not match every quotation that happens to contain those words; or</li>
 *   <li>both have at least {@code minOverlapWords} words (default 5) and the overlap coefficient
 *       (Szymkiewicz–Simpson)
 *       <pre>overlap(A, B) = |A ∩ B| / min(|A|, |B|) ≥ θ</pre>
 *       with θ = 0.8 by default.</li>
 * </ol>
 */
public final class QuoteMatcher {

    public static final double DEFAULT_OVERLAP_THRESHOLD = 0.8;
    public static final int DEFAULT_MIN_OVERLAP_WORDS = 5;
    public static final int DEFAULT_MIN_CONTAINED_WORDS = 3;

    private final double overlapThreshold;
    private final int minOverlapWords;
    private final int minContainedWords;

    /** θ = 0.8, at least 5 words for the overlap test, at least 3 words for containment. */
    public QuoteMatcher() {
        this(DEFAULT_OVERLAP_THRESHOLD, DEFAULT_MIN_OVERLAP_WORDS, DEFAULT_MIN_CONTAINED_WORDS);
    }

    public QuoteMatcher(double overlapThreshold, int minOverlapWords, int minContainedWords) {
        if (!(overlapThreshold > 0 && overlapThreshold <= 1)) {
            throw new IllegalArgumentException("Threshold must be in (0, 1]: " + overlapThreshold);
        }
        if (minOverlapWords < 1 || minContainedWords < 1) {
            throw new IllegalArgumentException("Minimum word counts must be positive");
        }
        this.overlapThreshold = overlapThreshold;
        this.minOverlapWords = minOverlapWords;
        this.minContainedWords = minContainedWords;
    }

    /** Whether the two quotations are the same. */
    public boolean matches(Quote a, Quote b) {
        return matches(a.text(), b.text());
    }

    /** Whether the two quoted texts (without quote marks) are the same quotation. */
    public boolean matches(String a, String b) {
        return matchesWords(WordTokenizer.normalizedWords(a), WordTokenizer.normalizedWords(b));
    }

    /** Whether two sequences of normalised words are the same quotation. */
    public boolean matchesWords(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.size() >= minContainedWords && Collections.indexOfSubList(longer, shorter) >= 0) {
            return true;
        }
        return a.size() >= minOverlapWords && b.size() >= minOverlapWords
                && overlapCoefficient(new HashSet<>(a), new HashSet<>(b)) >= overlapThreshold;
    }

    /** |A ∩ B| / min(|A|, |B|); 0 if either set is empty. */
    public static double overlapCoefficient(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String w : small) {
            if (large.contains(w)) {
                common++;
            }
        }
        return (double) common / small.size();
    }
}
