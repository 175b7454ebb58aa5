package org.parallax.ingest.fetch;

import org.jspecify.annotations.Nullable;

/** A fetched page: the URL it finally came from (after redirects), its content type and bytes. */
public record FetchedPage(String url, @Nullable String contentType, byte[] body) {}
