package org.parallax.ingest.tabular;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.ArticleParser;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.UnreadableInputException;
import org.parallax.ingest.support.JsonProblems;
import org.parallax.ingest.support.PlainText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines: one JSON object per line, one record per object, named "line N" (N counts every line of the
 * file from 1, blank ones included). Keys are the CSV column names and aliases ({@link Column}, mapped by
 * {@link FieldMapping}, so a JSON Lines file reads exactly like the same table in CSV); other keys, such as
 * {@code gold_event}, are ignored.
 *
 * <p>The parser streams: it reads one line at a time ({@link LineReader}) and never holds more than one line; a
 * line longer than {@value #MAX_LINE_CHARS} characters is rejected without being kept. Rules per line:
 * <ul>
 *   <li>Blank lines are skipped.</li>
 *   <li>A line that is not valid JSON, or is JSON but not an object, is rejected: "not valid JSON: …".</li>
 *   <li>Values: strings as they are; numbers and booleans as text; {@code null} as absent; an array as its
 *       items joined by ", " (an author list); an object as its {@code name} (an author or publisher object),
 *       else ignored with a warning.</li>
 * </ul>
 * An input with no line at all, or whose first non-blank line does not start with <code>{</code> (a JSON array,
 * a CSV file), is not JSON Lines ({@link UnreadableInputException}).
 */
public final class JsonLinesParser implements ArticleParser {

    /** Longest line read: room for a body at {@code ArticleDraft.MAX_BODY_CHARS} with JSON escapes. */
    public static final int MAX_LINE_CHARS = 8_000_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public ImportFormat format() {
        return ImportFormat.JSONL;
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnreadableInputException when the input is empty or does not start with a JSON object
     */
    @Override
    public void parse(Reader reader, Consumer<ParsedRecord> sink) throws IOException {
        LineReader lines = new LineReader(reader, MAX_LINE_CHARS);
        boolean first = true;
        LineReader.Line line;
        while ((line = lines.next()) != null) {
            String name = "line " + line.number();
            if (line.overflow()) {
                sink.accept(new ParsedRecord.Rejected(name, String.format(Locale.ROOT,
                        "line too long: %,d characters (at most %,d)", line.length(), MAX_LINE_CHARS)));
                first = false;
                continue;
            }
            String text = line.text().replace("\uFEFF", "").strip();
            if (text.isEmpty() || PlainText.isBlank(text)) {
                continue;
            }
            if (first) {
                first = false;
                if (!text.startsWith("{")) {
                    throw new UnreadableInputException(text.startsWith("[")
                            ? "the input is a JSON array, not JSON Lines (one JSON object per line)"
                            : "the input is not JSON Lines: its first line (" + name + ") is not a JSON object");
                }
            }
            sink.accept(read(name, text));
        }
        if (first) {
            throw new UnreadableInputException("the input is empty: JSON Lines needs one JSON object per line");
        }
    }

    /** One line's record; never throws. */
    static ParsedRecord read(String name, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return new ParsedRecord.Rejected(name, "not valid JSON: " + JsonProblems.shortReason(e));
        }
        if (node == null || !node.isObject()) {
            return new ParsedRecord.Rejected(name, "not valid JSON: expected an object, found "
                    + (node == null ? "nothing" : kind(node)));
        }
        List<String> names = new ArrayList<>();
        List<@Nullable String> values = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (Column.named(property.getKey()) == null) {
                continue;
            }
            names.add(property.getKey());
            values.add(text(property.getKey(), property.getValue(), warnings));
        }
        return FieldMapping.of(names).toRecord(name, values::get, warnings);
    }

    private static @Nullable String text(String key, JsonNode value, List<String> warnings) {
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isString() || value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        if (value.isArray()) {
            Set<String> items = new LinkedHashSet<>();
            for (JsonNode item : value.values()) {
                String s = item.isObject() ? named(item) : item.isValueNode() && !item.isNull() ? item.asString() : null;
                s = PlainText.clean(s);
                if (s != null) {
                    items.add(s);
                }
            }
            return items.isEmpty() ? null : String.join(", ", items);
        }
        String name = named(value);
        if (name == null) {
            warnings.add("field \"" + key + "\" is an object without a name: ignored");
        }
        return name;
    }

    private static @Nullable String named(JsonNode object) {
        JsonNode name = object.get("name");
        return name != null && (name.isString() || name.isNumber()) ? name.asString() : null;
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
