package org.parallax.ingest.digest;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines one at a time, like {@link java.io.BufferedReader#readLine()}, but with a cap on what it keeps
 * of a line, so that a single absurd line (megabytes without a line break) costs at most the cap in memory.
 *
 * <p>Rules: a line ends at "\n", "\r\n" or a lone "\r" (so CRLF files number their lines like LF files); a final
 * line without terminator is still a line; a byte-order mark (U+FEFF) at the very start of the input is dropped.
 * Characters past the cap are counted (see {@link DigestLine#length()}) but not kept.
 */
final class DigestLineReader {

    private final Reader in;
    private final int maxLineChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean skipLineFeed;
    private int lineNumber;

    /**
     * @param in           the text to read (read in chunks; no need to buffer it)
     * @param maxLineChars how many characters of a line to keep at most
     */
    DigestLineReader(Reader in, int maxLineChars) {
        this.in = in;
        this.maxLineChars = maxLineChars;
    }

    /** The next line, or {@code null} at the end of the input. */
    @Nullable DigestLine next() throws IOException {
        StringBuilder text = new StringBuilder();
        long length = 0;
        boolean sawAnything = false;
        while (true) {
            if (position >= limit && !fill()) {
                if (!sawAnything) {
                    return null;
                }
                break;
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            sawAnything = true;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                skipLineFeed = true;
                break;
            }
            if (length < maxLineChars) {
                text.append(c);
            }
            length++;
        }
        lineNumber++;
        if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
            length--;
        }
        return new DigestLine(lineNumber, text.toString(), length);
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
