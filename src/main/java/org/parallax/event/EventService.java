package org.parallax.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Events and their curation: list and read events, rename, merge, split, move an article, pin an
 * article, regroup. Manual decisions (moves, merges, splits, pins, titles) survive automatic
 * regrouping; every change is recorded with who made it and when.
 */
public interface EventService {

    /** Longest event title, in characters: the longest article title an import stores (parallax.import.max-title-chars). */
    int MAX_TITLE_LENGTH = 1000;

    int count(EventFilter filter);

    /** Newest coverage first (undated events last), then by id. */
    List<EventSummary> list(EventFilter filter, int offset, int limit);

    Optional<EventDetail> detail(long eventId);

    /** The event an article belongs to. */
    Optional<Long> eventOf(long articleId);

    EventDetail rename(long eventId, String title);

    /** Moves every article of {@code otherIds} into {@code targetId}; the others disappear. */
    EventDetail merge(long targetId, List<Long> otherIds);

    /** Takes {@code articleIds} out of the event into a new event of their own; answers the new event. */
    EventDetail split(long eventId, List<Long> articleIds);

    /** Moves an article into another event, or, with {@code null}, out into a new event of its own. */
    EventDetail move(long articleId, @Nullable Long targetEventId);

    /** Pins (or unpins) an article in its event: regrouping never moves a pinned article. */
    void pin(long articleId, boolean pinned);

    /**
     * Regroups every article (or those published in [from, to]) with the given threshold; pinned
     * and manually placed articles stay where they are, user-given titles are kept.
     */
    RegroupResult regroup(double threshold, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to);

    /**
     * Events not grouped with this one whose articles are worded alike, most similar first (at most
     * 10; see {@link RelatedCoverage}); empty when there is no such event.
     */
    Optional<List<RelatedEvent>> related(long eventId);

    /** The threshold automatic grouping uses now (see {@link Granularity}). */
    double threshold();
}
