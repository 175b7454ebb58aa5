package org.parallax.article;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An article in a list: what the Articles grid and {@code GET /api/articles} show. */
public record ArticleSummary(
        long id,
        String title,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable OffsetDateTime publishedAt,
        int wordCount,
        Set<ArticleFlag> flags) {}
