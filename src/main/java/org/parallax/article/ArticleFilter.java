package org.parallax.article;

import org.jspecify.annotations.Nullable;

/**
 * Which articles a list shows.
 *
 * @param outletId only this outlet's articles, when set
 * @param text     only articles whose words match (PostgreSQL full-text search, English stemming, web-search
 *                 syntax: best match first) or whose title or body contains this text (case-insensitive), when set
 * @param importBatchId only the articles one import created, when set
 * @param withoutOutlet only articles with no outlet at all (none could be attributed and none was set by hand)
 */
public record ArticleFilter(@Nullable Long outletId, @Nullable String text, @Nullable Long importBatchId,
                            boolean withoutOutlet) {

    /** Search text longer than this is cut: no one types more, and the cost of a query grows with it. */
    public static final int MAX_TEXT = 1000;

    public ArticleFilter {
        // PostgreSQL text cannot hold NUL characters
        text = text == null ? null : text.replace("\u0000", "");
        text = text != null && text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null);

    /** The articles that have no outlet. */
    public static final ArticleFilter WITHOUT_OUTLET = new ArticleFilter(null, null, null, true);

    public ArticleFilter(@Nullable Long outletId, @Nullable String text, @Nullable Long importBatchId) {
        this(outletId, text, importBatchId, false);
    }

    public ArticleFilter(@Nullable Long outletId, @Nullable String text) {
        this(outletId, text, null);
    }
}
