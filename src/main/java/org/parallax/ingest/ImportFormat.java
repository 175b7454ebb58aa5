package org.parallax.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Input formats Parallax reads. */
public enum ImportFormat {
    /** The "Selected Articles" digest: one block per article (title, "Share The News", body). */
    DIGEST("digest (\"Selected Articles\" blocks)"),
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
