package org.parallax.ingest.tabular;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.support.ArticleDraft;
import org.parallax.ingest.support.HtmlText;
import org.parallax.ingest.support.PlainText;
import org.parallax.ingest.support.PublishedDate;
import org.parallax.ingest.support.WebAddress;

/**
 * How the fields of one table (CSV header, JSON Lines keys) map to {@link Column}s, and the rules that turn one
 * record's values into an article. CSV and JSON Lines share it, so both read fields the same way:
 * <ul>
 *   <li>Each column's value is the first non-blank value among the fields naming it, canonical name first,
 *       then the aliases in {@link Column} order. Values are trimmed.</li>
 *   <li>Title: required ("no title"); more than {@value ArticleDraft#MAX_TITLE_CHARS} characters: rejected.</li>
 *   <li>Body: more than {@value ArticleDraft#MAX_BODY_CHARS} characters: rejected. Plain text splits into
 *       paragraphs at blank lines, or at line breaks when it has no blank line ({@link PlainText#paragraphs}). A
 *       body with HTML paragraph tags ({@code <p>}, {@code <br>}, {@code <div>}…) is turned into plain text.</li>
 *   <li>Outlet: the outlet column ({@link OutletEvidence#EXPLICIT_FIELD}, snippet "media_name: Compass Wire");
 *       else the host of {@code media_url} (also explicit: the column names the outlet's site); else the host of
 *       the article's URL ({@link OutletEvidence#URL_DOMAIN}).</li>
 *   <li>Published: {@link PublishedDate#parse}; an unreadable date is a warning, never a rejection.</li>
 * </ul>
 */
public final class FieldMapping {

    private static final Pattern HTML_BODY = Pattern.compile("(?i)<(p|br|div|li|h[1-6]|blockquote)(\\s[^>]*)?/?>|</p>");

    private final List<String> names;
    private final Map<Column, List<Integer>> positions = new EnumMap<>(Column.class);

    private FieldMapping(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            Column column = Column.named(names.get(i));
            if (column != null) {
                positions.computeIfAbsent(column, c -> new ArrayList<>()).add(i);
            }
        }
        positions.forEach((column, list) ->
                list.sort(Comparator.comparingInt(i -> column.preference(this.names.get(i)))));
    }

    /** The mapping of a header row or of one JSON object's keys, in input order. */
    public static FieldMapping of(List<String> names) {
        return new FieldMapping(names);
    }

    /** Whether some field names the column. */
    public boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** How many different columns the fields name. */
    public int columnCount() {
        return positions.size();
    }

    /** A value and the field name it came from. */
    record Value(String name, String text) {}

    /** The column's first non-blank value (trimmed), or {@code null}. */
    @Nullable Value value(Column column, IntFunction<@Nullable String> valueAt) {
        for (int i : positions.getOrDefault(column, List.of())) {
            String v = valueAt.apply(i);
            if (v != null && !PlainText.isBlank(v)) {
                return new Value(names.get(i), v.strip());
            }
        }
        return null;
    }

    private @Nullable String text(Column column, IntFunction<@Nullable String> valueAt) {
        Value v = value(column, valueAt);
        return v == null ? null : v.text();
    }

    /**
     * One record's result.
     *
     * @param recordName "row 7", "line 12"
     * @param valueAt    the record's value at a field position ({@code null} when absent)
     * @param warnings   warnings found while reading the record's values
     */
    public ParsedRecord toRecord(String recordName, IntFunction<@Nullable String> valueAt, List<String> warnings) {
        try {
            String title = text(Column.TITLE, valueAt);
            if (title != null && title.length() > ArticleDraft.MAX_TITLE_CHARS) {
                return new ParsedRecord.Rejected(recordName,
                        ArticleDraft.tooLong("title", title.length(), ArticleDraft.MAX_TITLE_CHARS));
            }
            String body = text(Column.BODY, valueAt);
            if (body != null && body.length() > ArticleDraft.MAX_BODY_CHARS) {
                return new ParsedRecord.Rejected(recordName,
                        ArticleDraft.tooLong("body", body.length(), ArticleDraft.MAX_BODY_CHARS));
            }
            String url = text(Column.URL, valueAt);
            ArticleDraft draft = new ArticleDraft()
                    .title(title)
                    .paragraphs(body != null && HTML_BODY.matcher(body).find()
                            ? HtmlText.fragmentParagraphs(body) : PlainText.paragraphs(body))
                    .url(url)
                    .outlet(outlet(valueAt, url))
                    .byline(text(Column.BYLINE, valueAt))
                    .language(text(Column.LANGUAGE, valueAt))
                    .emptyBodyReason("no body text");
            warnings.forEach(draft::warning);
            draft.published(PublishedDate.parse(text(Column.PUBLISHED_AT, valueAt)));
            return draft.toRecord(recordName);
        } catch (RuntimeException e) {
            return new ParsedRecord.Rejected(recordName, "could not read this record: " + e);
        }
    }

    private @Nullable OutletClaim outlet(IntFunction<@Nullable String> valueAt, @Nullable String url) {
        Value outlet = value(Column.OUTLET, valueAt);
        if (outlet != null) {
            String name = PlainText.normalizeSpaces(outlet.text());
            return new OutletClaim(name, OutletEvidence.EXPLICIT_FIELD, outlet.name().strip() + ": " + name);
        }
        Value mediaUrl = value(Column.MEDIA_URL, valueAt);
        String host = mediaUrl == null ? null : WebAddress.host(mediaUrl.text());
        if (host != null) {
            return new OutletClaim(host, OutletEvidence.EXPLICIT_FIELD, mediaUrl.name().strip() + ": " + mediaUrl.text());
        }
        return WebAddress.hostClaim(url);
    }
}
