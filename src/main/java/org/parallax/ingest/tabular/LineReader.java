package org.parallax.ingest.tabular;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads text line by line with bounded memory: a line longer than the cap is skipped to its end (its text is not
 * kept) and reported as overflowing. Lines end at LF, CR or CRLF; numbers count from 1.
 */
final class LineReader {

    /** One line: its number and text, or {@code null} text when it was longer than the cap. */
    record Line(long number, @Nullable String text, long length) {
        boolean overflow() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[64 * 1024];
    private int pos;
    private int end;
    private boolean eof;
    private boolean skipLf;
    private long number;

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or {@code null} at the end of the input. */
    @Nullable Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            if (skipLf) {
                skipLf = false;
                if (buffer[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int from = pos;
            while (pos < end && buffer[pos] != '\n' && buffer[pos] != '\r') {
                pos++;
            }
            int chars = pos - from;
            if (text != null) {
                if (length + chars > maxChars) {
                    text = null;
                } else {
                    text.append(buffer, from, chars);
                }
            }
            length += chars;
            if (pos < end) {
                skipLf = buffer[pos] == '\r';
                pos++;
                break;
            }
        }
        number++;
        return new Line(number, text == null ? null : text.toString(), length);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
