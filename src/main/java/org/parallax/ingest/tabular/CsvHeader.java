package org.parallax.ingest.tabular;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV header line: its delimiter and column names.
 *
 * <p>Rule: the line is split with each delimiter in turn (comma, semicolon, tab; quoted names allowed), and the
 * delimiter kept is the one whose names map to the most {@link Column}s, among those that find a title column;
 * on a tie, the earlier delimiter in that list wins. No delimiter finds a title column: not a header.
 */
record CsvHeader(char delimiter, List<String> names, FieldMapping mapping) {

    static final char[] DELIMITERS = {',', ';', '\t'};

    /** The header a line makes, or {@code null} when no delimiter gives it a title column. */
    static @Nullable CsvHeader of(String line) {
        CsvHeader best = null;
        for (char delimiter : DELIMITERS) {
            List<String> names = split(line, delimiter);
            if (names == null) {
                continue;
            }
            FieldMapping mapping = FieldMapping.of(names);
            if (mapping.has(Column.TITLE) && (best == null || mapping.columnCount() > best.mapping.columnCount())) {
                best = new CsvHeader(delimiter, names, mapping);
            }
        }
        return best;
    }

    /** The line's fields with this delimiter, or {@code null} when it is not one CSV record. */
    private static @Nullable List<String> split(String line, char delimiter) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return null;
            }
            return new ArrayList<>(records.getFirst().toList());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }
}
