package org.parallax.event;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Which events a list shows.
 *
 * @param text     words searched in its articles' titles and bodies (PostgreSQL full-text search, English
 *                 stemming, web-search syntax), or text in the event's title or its articles' titles (case-insensitive)
 * @param outletId only events this outlet covered
 * @param from     only events with coverage on or after this time
 * @param to       only events with coverage on or before this time
 * @param minArticles only events with at least this many articles (1 shows singletons too)
 */
public record EventFilter(@Nullable String text, @Nullable Long outletId, @Nullable OffsetDateTime from,
                          @Nullable OffsetDateTime to, int minArticles) {

    /** Search text longer than this is cut: no one types more, and the cost of a query grows with it. */
    public static final int MAX_TEXT = 1000;

    public EventFilter {
        // PostgreSQL text cannot hold NUL characters
        text = text == null ? null : text.replace("\u0000", "");
        text = text != null && text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    public static final EventFilter ALL = new EventFilter(null, null, null, null, 1);
}
