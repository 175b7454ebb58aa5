package org.parallax.ingest.tabular;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.support.PlainText;

/**
 * The fields Parallax reads from tables: CSV columns and JSON Lines keys, with the names each may go by. The
 * first name is the canonical one; the others are aliases, in order of preference when a record has several.
 * Names match whatever their letter case, spaces around them, and a space or hyphen for an underscore
 * ("Published At", "published-at" and "published_at" are the same). Media Cloud's export names are among the
 * aliases ({@code publish_date}, {@code media_name}, {@code media_url}; {@code stories_id} is ignored).
 * Names that are not listed here (such as {@code gold_event}) are ignored.
 */
public enum Column {
    OUTLET("outlet", "source", "media_name", "publisher", "site"),
    /** The outlet's home page (Media Cloud): its host names the outlet when no outlet column does. */
    MEDIA_URL("media_url"),
    URL("url", "link", "permalink"),
    TITLE("title", "headline"),
    PUBLISHED_AT("published_at", "publish_date", "date", "published", "pubdate"),
    BODY("body", "text", "content", "story_text"),
    BYLINE("byline", "author", "authors"),
    LANGUAGE("language", "lang");

    private static final Map<String, Column> BY_NAME = new HashMap<>();

    static {
        for (Column c : values()) {
            for (String name : c.names) {
                BY_NAME.put(name, c);
            }
        }
    }

    private final List<String> names;

    Column(String... names) {
        this.names = List.of(names);
    }

    /** The canonical name, then the aliases. */
    public List<String> names() {
        return names;
    }

    /** The column a header or key names, or {@code null} when it is not one Parallax reads. */
    public static @Nullable Column named(@Nullable String name) {
        return BY_NAME.get(normalize(name));
    }

    /** How much a name is preferred for its column: 0 for the canonical name, then 1, 2… for aliases. */
    int preference(String name) {
        return names.indexOf(normalize(name));
    }

    /** Lower case, spaces trimmed (a byte-order mark too), inner spaces and hyphens as underscores. */
    static String normalize(@Nullable String name) {
        return PlainText.normalizeSpaces(name).toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
