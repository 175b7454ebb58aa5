package org.parallax.analysis;

/**
 * Where a figure comes from: a half-open {@code [begin, end)} range of characters in an article's
 * stored body. Every number the comparison shows carries the evidence it counts.
 */
public record Evidence(long articleId, int begin, int end) {
    public Evidence {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Bad range [" + begin + ", " + end + ")");
        }
    }
}
