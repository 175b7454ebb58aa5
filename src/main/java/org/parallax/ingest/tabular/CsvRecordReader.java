package org.parallax.ingest.tabular;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Splits CSV text into the raw text of its records with bounded memory, so that a malformed row or a field of
 * gigabytes costs one rejected record and never the rows after it.
 *
 * <p>The rules are RFC 4180's, as Commons CSV reads them: a field that starts with {@code "} is quoted and may
 * span lines ({@code ""} inside it is a quote); it ends at a {@code "} followed by the delimiter or a line break.
 * A quote anywhere else is an ordinary character. Line breaks are LF, CRLF or a lone CR.
 * <ul>
 *   <li>A record ends at the first line break outside a quoted field.</li>
 *   <li>Text after a closing quote (other than the delimiter) makes the record malformed: it then ends at the end
 *       of that physical line, whatever quotes follow, so reading restarts at the next physical line.</li>
 *   <li>A record longer than {@code maxChars} characters is read to its end but not kept: only its length is
 *       counted ({@link Raw#overflow()}).</li>
 *   <li>A quoted field still open at the end of the input makes the last record cut off ({@link Raw#open()}).</li>
 * </ul>
 */
final class CsvRecordReader {

    /**
     * One record as it stands in the file.
     *
     * @param firstLine the physical line it starts on (from 1)
     * @param lastLine  the last physical line with any of its characters
     * @param text      its characters without the final line break, or {@code null} when longer than the cap
     * @param length    how many characters it has
     * @param malformed why it is malformed, or {@code null}
     * @param open      whether a quoted field was still open at the end of the input
     */
    record Raw(long firstLine, long lastLine, @Nullable String text, long length, @Nullable String malformed,
               boolean open) {
        boolean overflow() {
            return text == null;
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, MALFORMED }

    private final Reader in;
    private final char delimiter;
    private final int maxChars;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean skipLineFeed;
    private long line = 1;

    CsvRecordReader(Reader in, char delimiter, int maxChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxChars = maxChars;
    }

    /** The next record, or {@code null} at the end of the input. */
    @Nullable Raw next() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean keep = true;
        long length = 0;
        long firstLine = line;
        long lastLine = line;
        boolean any = false;
        String malformed = null;
        State state = State.FIELD_START;
        while (true) {
            if (position >= limit && !fill()) {
                if (!any) {
                    return null;
                }
                boolean open = state == State.QUOTED;
                return new Raw(firstLine, lastLine, keep ? text.toString() : null, length, malformed, open);
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    if (state == State.QUOTED) {
                        length++;
                        keep = append(text, keep, length, c);
                    }
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                if (state != State.QUOTED) {
                    line++;
                    return new Raw(firstLine, lastLine, keep ? text.toString() : null, length, malformed, false);
                }
                line++;
            } else {
                lastLine = line;
                switch (state) {
                    case FIELD_START -> state = c == '"' ? State.QUOTED : c == delimiter ? State.FIELD_START : State.UNQUOTED;
                    case UNQUOTED -> state = c == delimiter ? State.FIELD_START : State.UNQUOTED;
                    case QUOTED -> state = c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
                    case QUOTE_IN_QUOTED -> {
                        if (c == '"') {
                            state = State.QUOTED;
                        } else if (c == delimiter) {
                            state = State.FIELD_START;
                        } else {
                            state = State.MALFORMED;
                            malformed = "malformed row: text after the closing quote of a field (a quote inside a"
                                    + " field must be doubled: \"\")";
                        }
                    }
                    case MALFORMED -> { }
                }
            }
            length++;
            keep = append(text, keep, length, c);
        }
    }

    private boolean append(StringBuilder text, boolean keep, long length, char c) {
        if (!keep || length > maxChars) {
            if (keep) {
                text.setLength(0);
                text.trimToSize();
            }
            return false;
        }
        text.append(c);
        return true;
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
