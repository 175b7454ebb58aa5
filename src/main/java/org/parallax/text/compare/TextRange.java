package org.parallax.text.compare;

/**
 * Anything that covers a half-open {@code [begin, end)} range of character (UTF-16) offsets in an
 * original text.
 */
public interface TextRange {

    /** First covered offset, inclusive. */
    int begin();

    /** Offset just after the last covered character, exclusive. */
    int end();

    /** {@code end() - begin()}. */
    default int length() {
        return end() - begin();
    }

    /** Whether {@code [other.begin, other.end)} lies within this range. */
    default boolean encloses(TextRange other) {
        return begin() <= other.begin() && other.end() <= end();
    }

    /** Whether the two ranges share at least one character. */
    default boolean overlaps(TextRange other) {
        return begin() < other.end() && other.begin() < end();
    }

    /** The covered text, {@code text.substring(begin(), end())}. */
    default String textIn(String text) {
        return text.substring(begin(), end());
    }
}
