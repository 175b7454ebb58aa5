package org.parallax.text;

/**
 * A half-open character range {@code [begin, end)} of a source text, in UTF-16 code units as used by
 * {@link String#substring(int, int)}: {@code begin} is the index of the first character, {@code end}
 * the index just after the last one, so {@code end - begin} is the length.
 *
 * @param begin index of the first character, {@code 0 <= begin <= end}
 * @param end index one past the last character
 */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Not a span: [" + begin + ", " + end + ")");
        }
    }

    /** The length {@code end - begin}. */
    public int length() {
        return end - begin;
    }

    /** The covered text, {@code source.substring(begin, end)}. */
    public String text(String source) {
        return source.substring(begin, end);
    }
}
