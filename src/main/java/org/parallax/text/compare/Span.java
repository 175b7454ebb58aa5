package org.parallax.text.compare;

/**
 * A plain half-open {@code [begin, end)} range of character offsets, used for sentence spans
 * handed in by a sentence splitter and for quote spans handed to {@link LexiconMatcher}.
 *
 * @param begin first offset, inclusive, {@code >= 0}
 * @param end   offset after the last character, exclusive, {@code >= begin}
 */
public record Span(int begin, int end) implements TextRange {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Not a span: [" + begin + ", " + end + ")");
        }
    }

    /** The span as a record, for any {@link TextRange}. */
    public static Span of(TextRange range) {
        return range instanceof Span s ? s : new Span(range.begin(), range.end());
    }
}
