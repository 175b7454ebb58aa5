package org.parallax.ingest.tabular;

import org.jspecify.annotations.Nullable;
import org.parallax.ingest.support.PlainText;

/**
 * Tells whether a text looks like a CSV table Parallax can read, from its first kilobytes, for format detection.
 *
 * <p>Rule: the first non-blank line is a header with a title column ({@code title} or {@code headline}) and a
 * body or URL column ({@code body}, {@code text}, {@code content}, {@code story_text}, {@code url}, {@code link},
 * {@code permalink}), names in any letter case, separated by commas, semicolons or tabs ({@link CsvHeader}).
 */
public final class CsvSniffer {

    private CsvSniffer() {}

    /** @param sample the start of the input, decoded; {@code null} or empty is not CSV */
    public static boolean looksLikeCsv(@Nullable String sample) {
        String line = firstNonBlankLine(sample);
        if (line == null || line.startsWith("{") || line.startsWith("<")) {
            return false;
        }
        CsvHeader header = CsvHeader.of(line);
        return header != null && (header.mapping().has(Column.BODY) || header.mapping().has(Column.URL));
    }

    /** The first non-blank line, without a byte-order mark, or {@code null}. */
    static @Nullable String firstNonBlankLine(@Nullable String sample) {
        if (sample == null) {
            return null;
        }
        for (String line : (Iterable<String>) sample.lines()::iterator) {
            if (!PlainText.isBlank(line)) {
                return line.replace("\uFEFF", "").strip();
            }
        }
        return null;
    }
}
