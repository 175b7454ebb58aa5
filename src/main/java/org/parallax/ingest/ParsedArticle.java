package org.parallax.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleFlag;

/**
 * One article as a parser read it, before it is stored. Text is plain text (never markup):
 * paragraphs of {@link #body()} are separated by a blank line ({@code "\n\n"}).
 *
 * @param title          the headline, whitespace-normalised; never blank (parsers reject records without one)
 * @param body           the cleaned body text; may be empty (then flagged {@link ArticleFlag#EMPTY_BODY})
 * @param outlet         who published it, with the evidence used; {@code null} when the input does not say
 * @param upstreamSource an upstream source the text credits ("Source: Politico"), never the outlet itself
 * @param publishedAt    publication time with its offset, when the input gives one
 * @param publishedZone  the zone or offset as the input wrote it (e.g. {@code Europe/Paris}, {@code +04:00})
 * @param flags          flags the parser is sure of (the import service adds the generic ones)
 * @param warnings       things the user should know about this record (kept in the import report)
 */
public record ParsedArticle(
        String title,
        String body,
        @Nullable OutletClaim outlet,
        @Nullable String upstreamSource,
        @Nullable String byline,
        @Nullable String url,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String publishedZone,
        @Nullable String language,
        Set<ArticleFlag> flags,
        List<String> warnings) {

    public ParsedArticle {
        flags = Set.copyOf(flags);
        warnings = List.copyOf(warnings);
    }
}
