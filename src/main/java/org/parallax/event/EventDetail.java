package org.parallax.event;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One event with its articles (most similar first), the explanation of the grouping, and its history. */
public record EventDetail(
        long id,
        String title,
        boolean titleEdited,
        @Nullable OffsetDateTime from,
        @Nullable OffsetDateTime to,
        List<EventArticle> articles,
        EventExplanation explanation,
        List<EventChangeEntry> history) {}
