package org.parallax.text.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges matching shingles into maximal shared passages.
 *
 * <p>A shingle starting at token {@code p} covers the tokens {@code [p, p + n)}. Given the set
 * {@code P} of start positions in text A whose shingles also occur in text B, the passages are the
 * connected components of the union of the intervals {@code [p, p + n)}, {@code p ∈ P}: two
 * shingles at {@code p < q} belong to the same passage when {@code q <= p + n}, that is when their
 * token intervals overlap <em>or touch</em>. Each passage runs from the first character of its first
 * token to the end of its last token in A (half-open offsets) and counts its tokens.
 *
 * <p>Merging touching intervals is a choice: when the words at the seam of two shared passages
 * were edited, the shared words still form one stretch of A.
 */
public final class ShingleRuns {

    private ShingleRuns() {}

    /**
     * The maximal runs covered by the shingles starting at {@code positions}.
     *
     * @param tokens       the tokens of text A
     * @param shingleSize  the shingle size {@code n}
     * @param positions    token indexes of A's shingles that occur in B, in any order, duplicates allowed;
     *                     each must satisfy {@code 0 <= p <= tokens.size() - n}
     * @return the passages in text order
     */
    public static List<Passage> merge(List<WordToken> tokens, int shingleSize, Collection<Integer> positions) {
        return merge(tokens, shingleSize, positions.stream().mapToInt(Integer::intValue).toArray());
    }

    /** As {@link #merge(List, int, Collection)}, for an array of positions. */
    public static List<Passage> merge(List<WordToken> tokens, int shingleSize, int... positions) {
        return merge(tokens, shingleSize, 0, positions);
    }

    /**
     * As {@link #merge(List, int, Collection)}, but also bridging gaps of up to {@code maxGap} tokens
     * between runs: shingles at {@code p < q} join when {@code q <= p + n + maxGap}. A word edited in a
     * copied passage removes the n shingles that contain it, leaving a gap of one token between the
     * runs before and after it; with {@code maxGap >= 1} the edited passage stays one passage.
     *
     * @param maxGap the most tokens between two runs that are still merged; 0 merges touching runs only
     */
    public static List<Passage> merge(List<WordToken> tokens, int shingleSize, int maxGap, int[] positions) {
        if (maxGap < 0) {
            throw new IllegalArgumentException("Gap must not be negative: " + maxGap);
        }
        if (shingleSize < 1) {
            throw new IllegalArgumentException("Shingle size must be at least 1: " + shingleSize);
        }
        int[] sorted = positions.clone();
        Arrays.sort(sorted);
        List<Passage> passages = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1; // exclusive token index
        for (int p : sorted) {
            if (p < 0 || p + shingleSize > tokens.size()) {
                throw new IllegalArgumentException("No shingle of size " + shingleSize + " starts at token " + p
                        + " of " + tokens.size());
            }
            if (runStart >= 0 && p <= runEnd + maxGap) {
                runEnd = Math.max(runEnd, p + shingleSize);
            } else {
                if (runStart >= 0) {
                    passages.add(passage(tokens, runStart, runEnd));
                }
                runStart = p;
                runEnd = p + shingleSize;
            }
        }
        if (runStart >= 0) {
            passages.add(passage(tokens, runStart, runEnd));
        }
        return List.copyOf(passages);
    }

    /**
     * The passages of A shared with B: the shingles of A whose hash is in {@code hashesOfB}, merged.
     *
     * @param tokensOfA   the tokens A's shingles were built from
     * @param shinglesOfA A's shingles, from {@code shingler}
     * @param shingleSize the size they were built with
     * @param hashesOfB   the shingle hashes of B (or of several other texts together)
     */
    public static List<Passage> shared(List<WordToken> tokensOfA, List<Shingle> shinglesOfA, int shingleSize,
            Set<Long> hashesOfB) {
        int[] positions = shinglesOfA.stream()
                .filter(s -> hashesOfB.contains(s.hash()))
                .mapToInt(Shingle::firstToken)
                .toArray();
        return merge(tokensOfA, shingleSize, positions);
    }

    /** Convenience: the passages of {@code a} that also occur in {@code b}, with {@code shingler}'s size. */
    public static List<Passage> shared(String a, String b, Shingler shingler) {
        List<WordToken> tokensOfA = WordTokenizer.tokenize(a);
        Set<Long> hashesOfB = new HashSet<>();
        for (Shingle s : shingler.shingles(b)) {
            hashesOfB.add(s.hash());
        }
        return shared(tokensOfA, shingler.shingles(tokensOfA), shingler.size(), hashesOfB);
    }

    private static Passage passage(List<WordToken> tokens, int first, int endExclusive) {
        return new Passage(tokens.get(first).begin(), tokens.get(endExclusive - 1).end(), endExclusive - first);
    }
}
