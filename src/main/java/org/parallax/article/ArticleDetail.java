package org.parallax.article;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One stored article with its text. {@link #body()} is plain text; every character offset
 * Parallax reports (sentences, quotes, highlights) is a half-open {@code [begin, end)} offset into it.
 *
 * @param outletSetBy the user name of who set or corrected the outlet by hand; {@code null} when an import attributed
 *                    it (or none could be)
 * @param outletSetAt when the outlet was set by hand; {@code null} when it was not
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
        @Nullable String sourceRecord,
        @Nullable String outletSetBy,
        @Nullable OffsetDateTime outletSetAt) {

    /** An article whose outlet no one set by hand. */
    public ArticleDetail(long id, String title, @Nullable Long outletId, @Nullable String outlet,
                         @Nullable String outletEvidence, @Nullable String outletSnippet, @Nullable String upstreamSource,
                         @Nullable String url, @Nullable String byline, @Nullable OffsetDateTime publishedAt,
                         @Nullable String publishedZone, @Nullable String language, String body, int wordCount,
                         Set<ArticleFlag> flags, @Nullable Long importBatchId, @Nullable String sourceRecord) {
        this(id, title, outletId, outlet, outletEvidence, outletSnippet, upstreamSource, url, byline, publishedAt,
                publishedZone, language, body, wordCount, flags, importBatchId, sourceRecord, null, null);
    }

    /** Whether a user set or corrected the outlet by hand. */
    public boolean outletSetByHand() {
        return outletSetAt != null;
    }
}
