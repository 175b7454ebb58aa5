package org.parallax.ingest.digest;

/**
 * One line of the input as {@link DigestLineReader} read it.
 *
 * @param number 1-based line number in the input
 * @param text   the line without its terminator; at most the reader's cap, so possibly cut short
 * @param length the true length of the line in characters, even when {@code text} was cut short
 */
record DigestLine(int number, String text, long length) {

    /** Whether {@link #text()} holds only the start of a longer line. */
    boolean truncated() {
        return length > text.length();
    }

    boolean isBlank() {
        return DigestText.isBlank(text);
    }
}
