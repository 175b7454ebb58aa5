package org.parallax.ingest.tabular;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells whether a text looks like JSON Lines, from its first kilobytes, for format detection.
 *
 * <p>Rule: the first non-blank line is a JSON object. When that line is cut off by the end of the sample (a long
 * body), it is enough that it starts with <code>{"</code>. A pretty-printed JSON document (a line with only
 * <code>{</code>) or a JSON array is not JSON Lines.
 */
public final class JsonLinesSniffer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLinesSniffer() {}

    /** @param sample the start of the input, decoded; {@code null} or empty is not JSON Lines */
    public static boolean looksLikeJsonLines(@Nullable String sample) {
        String line = CsvSniffer.firstNonBlankLine(sample);
        if (line == null || !line.startsWith("{")) {
            return false;
        }
        boolean cutOff = sample.indexOf('\n', sample.indexOf(line) + line.length()) < 0
                && sample.indexOf('\r', sample.indexOf(line) + line.length()) < 0;
        try {
            return JSON.readTree(line).isObject();
        } catch (JacksonException e) {
            return cutOff && line.matches("(?s)\\{\\s*\".*");
        }
    }
}
