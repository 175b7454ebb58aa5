package org.parallax.article;

import org.jspecify.annotations.Nullable;

/**
 * Which articles a list shows.
 *
 * @param outletId only this outlet's articles, when set
 * @param text     only articles whose title or body contains this text (case-insensitive), when set
 * @param importBatchId only the articles one import created, when set
 */
public record ArticleFilter(@Nullable Long outletId, @Nullable String text, @Nullable Long importBatchId) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null);

    public ArticleFilter(@Nullable Long outletId, @Nullable String text) {
        this(outletId, text, null);
    }
}
