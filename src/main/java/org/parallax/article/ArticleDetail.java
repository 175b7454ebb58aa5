package org.parallax.article;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One stored article with its text. {@link #body()} is plain text; every character offset
 * Parallax reports (sentences, quotes, highlights) is a half-open {@code [begin, end)} offset into it.
 */
public record ArticleDetail(
        long id,
        String title,
        @Nullable Long outletId,
        @Nullable String outlet,
        @Nullable String outletEvidence,
        @Nullable String outletSnippet,
        @Nullable String upstreamSource,
        @Nullable String url,
        @Nullable String byline,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String publishedZone,
        @Nullable String language,
        String body,
        int wordCount,
        Set<ArticleFlag> flags,
        @Nullable Long importBatchId,
        @Nullable String sourceRecord) {}
