package org.parallax.ingest;

import org.jspecify.annotations.Nullable;

/**
 * Where records come from inside the input: a prefix for their names, the page URL they were fetched from, and
 * the charset their text was decoded from (once known).
 */
record RecordOrigin(String prefix, @Nullable String url, @Nullable String charset) {
    RecordOrigin(String prefix, @Nullable String url) {
        this(prefix, url, null);
    }
}
