package org.parallax.article;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Published (synchronously, inside the storing transaction) when an article and its derived
 * features have been stored. Other features react to it (grouping puts the article into an event)
 * without the storing code knowing them.
 *
 * @param articleId   the stored article
 * @param publishedAt its publication time, {@code null} when undated
 * @param terms       its stored term bags and actor keys, {@code null} when the listener should read them
 */
public record ArticleStored(long articleId, @Nullable OffsetDateTime publishedAt, @Nullable StoredTerms terms) {

    public ArticleStored(long articleId) {
        this(articleId, null, null);
    }
}
