package org.parallax.event;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An article as a member of an event.
 *
 * @param similarity its score against the rest of the event (EventSimilarity, 0..1; 1 for a lone article)
 * @param weak       true when the similarity is below the event's weak-member line: worth checking
 * @param pinned     regrouping never moves it
 * @param manual     a user put it in this event
 */
public record EventArticle(
        long articleId,
        String title,
        @Nullable String outlet,
        @Nullable OffsetDateTime publishedAt,
        int wordCount,
        double similarity,
        boolean weak,
        boolean pinned,
        boolean manual) {}
