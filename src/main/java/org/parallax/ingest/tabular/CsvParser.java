package org.parallax.ingest.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.ArticleParser;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.UnreadableInputException;
import org.parallax.ingest.support.PlainText;

/**
 * Reads a CSV table with Apache Commons CSV: a header row naming the columns, then one record per data row, named
 * "row N" (N is the line of the file on which the row starts, counting from 1, the header line included; a row
 * whose quoted field spans lines is named after its first line).
 *
 * <p>The header row is required: it is the first non-blank line, and it must name a title column. Columns are
 * found by name, in any order and letter case ({@link Column}, {@link FieldMapping}: the same rules as JSON
 * Lines). The delimiter is the one of comma, semicolon and tab that makes sense of the header ({@link CsvHeader}).
 * Fields may be quoted with {@code "} (RFC 4180: {@code ""} inside quotes is a quote; quoted fields may span
 * lines).
 *
 * <p>The parser streams: Commons CSV reads one row at a time. Rules per row:
 * <ul>
 *   <li>Blank lines are skipped.</li>
 *   <li>Fewer fields than the header has columns: rejected ("wrong number of fields"); more, unless the extra
 *       ones are empty (a trailing delimiter): rejected too.</li>
 *   <li>A quoted field that is still open at the end of the file: the row is cut off, rejected. Text after a
 *       closing quote: the row is malformed, rejected; reading goes on at the next line.</li>
 *   <li>Otherwise {@link FieldMapping#toRecord}: no title, an over-long title or body: rejected.</li>
 * </ul>
 * An empty input, or one whose first line is not such a header, is not CSV ({@link UnreadableInputException}).
 */
public final class CsvParser implements ArticleParser {

    /** Most characters read to find the header line (blank lines before it included). */
    static final int MAX_HEADER_CHARS = 64 * 1024;

    /** After this many malformed rows in a row, the rest of the file is given up as not CSV. */
    static final int MAX_CONSECUTIVE_ERRORS = 1_000;

    @Override
    public ImportFormat format() {
        return ImportFormat.CSV;
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnreadableInputException when the input is empty or its first line is not a header with a title column
     */
    @Override
    public void parse(Reader reader, Consumer<ParsedRecord> sink) throws IOException {
        BufferedReader in = new BufferedReader(reader, MAX_HEADER_CHARS + 2);
        CsvHeader header = header(in);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(header.delimiter())
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser csv = CSVParser.parse(in, format)) {
            new Rows(csv, header, sink).read();
        }
    }

    /** Finds the header line and leaves {@code in} at the start of the input again. */
    private static CsvHeader header(BufferedReader in) throws IOException {
        in.mark(MAX_HEADER_CHARS + 1);
        StringBuilder line = new StringBuilder();
        int read = 0;
        int c;
        while ((c = in.read()) != -1) {
            if (++read > MAX_HEADER_CHARS) {
                throw new UnreadableInputException(String.format(Locale.ROOT, "the input is not CSV: its first line is"
                        + " longer than %,d characters, too long for a header row", MAX_HEADER_CHARS));
            }
            if (c == '\n' || c == '\r') {
                if (!PlainText.isBlank(line.toString())) {
                    break;
                }
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        in.reset();
        String text = line.toString().replace("\uFEFF", "").strip();
        if (text.isEmpty()) {
            throw new UnreadableInputException("the input is empty: a CSV file needs a header row naming its columns");
        }
        CsvHeader header = CsvHeader.of(text);
        if (header == null) {
            throw new UnreadableInputException("the input is not CSV Parallax can read: its first line is not a header"
                    + " row with a title column (expected names such as title, body, url, outlet, published_at)");
        }
        return header;
    }

    /** The data rows, one at a time. */
    private static final class Rows {
        private final CSVParser csv;
        private final CsvHeader header;
        private final Consumer<ParsedRecord> sink;
        private final int columns;
        private boolean headerSeen;

        Rows(CSVParser csv, CsvHeader header, Consumer<ParsedRecord> sink) {
            this.csv = csv;
            this.header = header;
            this.sink = sink;
            this.columns = header.names().size();
        }

        void read() throws IOException {
            Iterator<CSVRecord> rows = csv.iterator();
            boolean brokenLine = false; // the last row failed mid-line: what follows on that line is its tail
            int errors = 0;
            while (true) {
                long rowLine = csv.getCurrentLineNumber() + 1;
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        return;
                    }
                    row = rows.next();
                } catch (UncheckedIOException e) {
                    if (!(e.getCause() instanceof CSVException malformed)) {
                        throw e.getCause();
                    }
                    if (++errors > MAX_CONSECUTIVE_ERRORS) {
                        sink.accept(new ParsedRecord.Rejected("row " + rowLine, "too many malformed rows in a row:"
                                + " the rest of the file was not read"));
                        return;
                    }
                    if (!brokenLine) {
                        sink.accept(new ParsedRecord.Rejected("row " + rowLine, reason(malformed)));
                    }
                    brokenLine = !isEndOfFile(malformed);
                    continue;
                }
                if (brokenLine) {
                    brokenLine = false;
                    continue;
                }
                errors = 0;
                accept(row, rowLine);
            }
        }

        private void accept(CSVRecord row, long rowLine) {
            if (row.size() == 1 && PlainText.isBlank(row.get(0))) {
                return; // a blank line
            }
            if (!headerSeen) {
                headerSeen = true; // the header line: already read by CsvHeader
                return;
            }
            String name = "row " + rowLine;
            String problem = fieldCountProblem(row);
            if (problem != null) {
                sink.accept(new ParsedRecord.Rejected(name, problem));
                return;
            }
            sink.accept(header.mapping().toRecord(name, i -> i < row.size() ? row.get(i) : null, List.of()));
        }

        private @Nullable String fieldCountProblem(CSVRecord row) {
            if (row.size() < columns) {
                return "wrong number of fields: " + row.size() + " where the header has " + columns
                        + " columns (is the row cut off?)";
            }
            for (int i = columns; i < row.size(); i++) {
                if (!PlainText.isBlank(row.get(i))) {
                    return "wrong number of fields: " + row.size() + " where the header has " + columns
                            + " columns (is a delimiter inside a field that is not quoted?)";
                }
            }
            return null;
        }

        private static boolean isEndOfFile(CSVException e) {
            return String.valueOf(e.getMessage()).contains("EOF");
        }

        private static String reason(CSVException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("EOF reached before encapsulated token finished")) {
                return "the row is cut off: a quoted field is still open at the end of the file";
            }
            if (message.contains("Invalid character between encapsulated token and delimiter")) {
                return "malformed row: text after the closing quote of a field (a quote inside a field must be"
                        + " doubled: \"\")";
            }
            return "malformed row: " + message;
        }
    }
}
