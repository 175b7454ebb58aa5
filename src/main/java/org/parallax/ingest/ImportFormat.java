package org.parallax.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Input formats Parallax reads. */
public enum ImportFormat {
    /** The "Selected Articles" digest: one block per article (title, "Share The News", body). */
    DIGEST("digest (\"Selected Articles\" blocks)"),
    /** A saved article web page: one article, text and metadata (JSON-LD, og:*, title) from the page. */
    HTML("HTML (a saved article web page)"),
    /** An RSS 2.0 or Atom feed: one article per item or entry. */
    FEED("RSS or Atom feed (one article per item)"),
    /** A table with a header row naming its columns (title, body or text, url, outlet…), comma, semicolon or tab separated. */
    CSV("CSV (a header row with title and body/text/url columns)"),
    /** JSON Lines: one JSON object per line, with the same field names as the CSV columns. */
    JSONL("JSON Lines (one JSON object per line)"),
    /** A plain-text list of http(s) URLs, one per line; each page is fetched and imported. */
    URLS("list of URLs to fetch"),
    /** A ZIP archive of files in any of the other formats. */
    ZIP("ZIP archive of any of these");

    private final String description;

    ImportFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    static String describeAll() {
        return Arrays.stream(values()).map(ImportFormat::description).collect(Collectors.joining(", "));
    }
}
