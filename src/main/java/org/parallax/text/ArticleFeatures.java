package org.parallax.text;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link EventSimilarity} knows of one article.
 *
 * @param body the TF-IDF vector of the body ({@link TfIdfVectorizer}); empty when there is no body
 * @param title the TF-IDF vector of the title; empty when there is no title
 * @param actorKeys the {@linkplain Actor#key() keys} of the article's actors
 * @param time when the article was published; {@code null} when undated
 */
public record ArticleFeatures(SparseVector body, SparseVector title, Set<String> actorKeys, @Nullable Instant time) {

    public ArticleFeatures {
        actorKeys = Set.copyOf(actorKeys);
    }
}
