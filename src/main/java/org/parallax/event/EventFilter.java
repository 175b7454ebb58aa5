package org.parallax.event;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Which events a list shows.
 *
 * @param text     words in the event title or in its articles' titles (case-insensitive)
 * @param outletId only events this outlet covered
 * @param from     only events with coverage on or after this time
 * @param to       only events with coverage on or before this time
 * @param minArticles only events with at least this many articles (1 shows singletons too)
 */
public record EventFilter(@Nullable String text, @Nullable Long outletId, @Nullable OffsetDateTime from,
                          @Nullable OffsetDateTime to, int minArticles) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, 1);
}
