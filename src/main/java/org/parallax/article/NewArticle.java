package org.parallax.article;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An article ready to be stored: text cleaned, outlet resolved, hash computed. */
public record NewArticle(
        String title,
        @Nullable Long outletId,
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
        String contentHash,
        Set<ArticleFlag> flags,
        long importBatchId,
        String sourceRecord,
        long createdBy) {}
