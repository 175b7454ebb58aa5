package org.parallax.event;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.text.TermCounts;

/** What grouping needs of one stored article: its term bags, actor keys and publication time. */
record GroupingFeatures(long articleId, TermCounts body, TermCounts title, Set<String> actorKeys,
                        @Nullable OffsetDateTime publishedAt) {}
