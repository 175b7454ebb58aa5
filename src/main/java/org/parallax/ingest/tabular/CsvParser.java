package org.parallax.ingest.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
 * <p>The parser streams with bounded memory: {@link CsvRecordReader} cuts the text into rows, holding at most
 * {@value #MAX_RECORD_CHARS} characters of one, and Commons CSV parses each row alone. Rules per row:
 * <ul>
 *   <li>Blank lines are skipped.</li>
 *   <li>Fewer fields than the header has columns: rejected ("wrong number of fields"); more, unless the extra
 *       ones are empty (a trailing delimiter): rejected too.</li>
 *   <li>A quoted field that is still open at the end of the file: the row is cut off, rejected. Text after a
 *       closing quote: the row is malformed, rejected; reading goes on at the next physical line, whatever quotes
 *       the rest of the broken line holds. A rejected row that spans lines is named with all of them
 *       ("row 3 (lines 3-5)"), so every line skipped is in the report.</li>
 *   <li>A row longer than {@value #MAX_RECORD_CHARS} characters: read to its end without being kept, rejected
 *       ("row too long").</li>
 *   <li>Otherwise {@link FieldMapping#toRecord}: no title, an over-long title or body: rejected.</li>
 * </ul>
 * An empty input, or one whose first line is not such a header, is not CSV ({@link UnreadableInputException}).
 */
public final class CsvParser implements ArticleParser {

    /** Most characters read to find the header line (blank lines before it included). */
    static final int MAX_HEADER_CHARS = 64 * 1024;

    /**
     * Longest row kept in memory: room for a body at {@code ArticleDraft.MAX_BODY_CHARS} with every quote doubled,
     * and the other fields. A longer row is read to its end without being kept and rejected.
     */
    static final int MAX_RECORD_CHARS = 2_100_000;

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
        new Rows(new CsvRecordReader(in, header.delimiter(), MAX_RECORD_CHARS), format, header, sink).read();
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

    /** The data rows, one record at a time ({@link CsvRecordReader}), each parsed alone by Commons CSV. */
    private static final class Rows {
        private final CsvRecordReader records;
        private final CSVFormat format;
        private final CsvHeader header;
        private final Consumer<ParsedRecord> sink;
        private final int columns;
        private boolean headerSeen;

        Rows(CsvRecordReader records, CSVFormat format, CsvHeader header, Consumer<ParsedRecord> sink) {
            this.records = records;
            this.format = format;
            this.header = header;
            this.sink = sink;
            this.columns = header.names().size();
        }

        void read() throws IOException {
            int errors = 0;
            CsvRecordReader.Raw raw;
            while ((raw = records.next()) != null) {
                String problem = rawProblem(raw);
                if (problem == null) {
                    errors = 0;
                    accept(raw);
                    continue;
                }
                if (++errors > MAX_CONSECUTIVE_ERRORS) {
                    sink.accept(new ParsedRecord.Rejected(lines(raw), "too many malformed rows in a row: the rest"
                            + " of the file, from line " + raw.firstLine() + " on, was not read"));
                    return;
                }
                sink.accept(new ParsedRecord.Rejected(lines(raw), problem));
            }
        }

        /** "row 3", or "row 3 (lines 3-5)" for a rejected row that spans lines, so that every line skipped is named. */
        private static String lines(CsvRecordReader.Raw raw) {
            return raw.lastLine() == raw.firstLine() ? "row " + raw.firstLine()
                    : "row " + raw.firstLine() + " (lines " + raw.firstLine() + "-" + raw.lastLine() + ")";
        }

        private static @Nullable String rawProblem(CsvRecordReader.Raw raw) {
            if (raw.overflow()) {
                return String.format(Locale.ROOT, "row too long: %,d characters (at most %,d); it was skipped"
                        + " without being read into memory", raw.length(), MAX_RECORD_CHARS);
            }
            if (raw.open()) {
                return "the row is cut off: a quoted field is still open at the end of the file";
            }
            return raw.malformed();
        }

        private void accept(CsvRecordReader.Raw raw) throws IOException {
            String text = java.util.Objects.requireNonNull(raw.text());
            if (PlainText.isBlank(text)) {
                return; // a blank line
            }
            if (!headerSeen) {
                headerSeen = true; // the header line: already read by CsvHeader
                return;
            }
            CSVRecord row;
            try (CSVParser csv = CSVParser.parse(text, format)) {
                Iterator<CSVRecord> rows = csv.iterator();
                row = rows.next();
            } catch (UncheckedIOException e) {
                sink.accept(new ParsedRecord.Rejected(lines(raw), "malformed row: " + e.getCause().getMessage()));
                return;
            }
            String name = "row " + raw.firstLine();
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
    }
}
