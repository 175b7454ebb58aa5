package org.parallax.article;

import org.jspecify.annotations.Nullable;

/**
 * Which articles a list shows.
 *
 * @param outletId only this outlet's articles, when set
 * @param text     only articles whose title or body contains this text (case-insensitive), when set
 * @param importBatchId only the articles one import created, when set
 * @param withoutOutlet only articles with no outlet at all (none could be attributed and none was set by hand)
 */
public record ArticleFilter(@Nullable Long outletId, @Nullable String text, @Nullable Long importBatchId,
                            boolean withoutOutlet) {

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
