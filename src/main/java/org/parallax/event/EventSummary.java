package org.parallax.event;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event in a list: its title, when its coverage was published, which outlets covered it.
 *
 * @param from the earliest publication time of its articles ({@code null} when none is dated)
 * @param to   the latest publication time of its articles
 * @param matchedHeadline when the list is a search: the headline of the event's article that matches
 *                        the words best ({@code null} otherwise, or when only the event's title matched)
 */
public record EventSummary(
        long id,
        String title,
        @Nullable OffsetDateTime from,
        @Nullable OffsetDateTime to,
        int articleCount,
        List<String> outlets,
        List<Long> articleIds,
        @Nullable String matchedHeadline) {}
