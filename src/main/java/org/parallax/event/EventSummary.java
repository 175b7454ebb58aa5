package org.parallax.event;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event in a list: its title, when its coverage was published, which outlets covered it.
 *
 * @param from the earliest publication time of its articles ({@code null} when none is dated)
 * @param to   the latest publication time of its articles
 */
public record EventSummary(
        long id,
        String title,
        @Nullable OffsetDateTime from,
        @Nullable OffsetDateTime to,
        int articleCount,
        List<String> outlets,
        List<Long> articleIds) {}
