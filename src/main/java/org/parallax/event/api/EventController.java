package org.parallax.event.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parallax.event.EventChangeException;
import org.parallax.event.EventDetail;
import org.parallax.event.EventFilter;
import org.parallax.event.EventService;
import org.parallax.event.EventSummary;
import org.parallax.event.Granularity;
import org.parallax.event.RegroupResult;
import org.parallax.event.RelatedEvent;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/events}: events, their explanation, and curation (rename, merge, split, move, pin, regroup).
 * Bodies are checked before anything changes: a missing field answers 400, a title over
 * {@link EventService#MAX_TITLE_LENGTH} characters 422 (see docs/api-limits-and-fetching.md).
 */
@RestController
@RequestMapping("/api/events")
class EventController {

    private static final String REQUIRED = "is required";
    private static final String TOO_LONG = "is longer than {max} characters";

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    @GetMapping
    Page list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
              @RequestParam(required = false) @Nullable String q,
              @RequestParam(required = false) @Nullable Long outletId,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime from,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime to,
              @RequestParam(defaultValue = "1") int minArticles) {
        EventFilter filter = new EventFilter(q, outletId, from, to, minArticles);
        return new Page(events.count(filter), events.list(filter, Math.max(0, offset), Math.max(1, Math.min(limit, 500))));
    }

    @GetMapping("/{id}")
    ResponseEntity<EventDetail> one(@PathVariable long id) {
        return ResponseEntity.of(events.detail(id));
    }

    /** Events not grouped with event {@code id} whose articles are worded alike: {@code [{id, title, similarity, sharedTerms, articleCount}]}. */
    @GetMapping("/{id}/related")
    ResponseEntity<List<RelatedEvent>> related(@PathVariable long id) {
        return ResponseEntity.of(events.related(id));
    }

    @PutMapping("/{id}/title")
    EventDetail rename(@PathVariable long id, @Valid @RequestBody TitleRequest request) {
        return events.rename(id, request.title());
    }

    /** Merges the events {@code eventIds} into event {@code id}. */
    @PostMapping("/{id}/merge")
    EventDetail merge(@PathVariable long id, @Valid @RequestBody EventIdsRequest request) {
        return events.merge(id, request.eventIds());
    }

    /** Splits {@code articleIds} off event {@code id} into a new event; answers the new event. */
    @PostMapping("/{id}/split")
    ResponseEntity<EventDetail> split(@PathVariable long id, @Valid @RequestBody ArticleIdsRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(events.split(id, request.articleIds()));
    }

    /** Moves an article to {@code eventId}, or to a new event of its own when it is null. */
    @PostMapping("/move")
    EventDetail move(@Valid @RequestBody MoveRequest request) {
        return events.move(request.articleId(), request.eventId());
    }

    @PostMapping("/pin")
    Map<String, Object> pin(@Valid @RequestBody PinRequest request) {
        events.pin(request.articleId(), request.pinned());
        return Map.of("articleId", request.articleId(), "pinned", request.pinned());
    }

    /**
     * Regroups with a threshold or a granularity ({@code same-happening}, {@code same-event},
     * {@code same-story}), optionally only the articles published in [from, to].
     */
    @PostMapping("/regroup")
    RegroupResult regroup(@Valid @RequestBody RegroupRequest request) {
        double threshold = request.threshold() != null ? request.threshold()
                : request.granularity() != null ? granularity(request.granularity()).threshold()
                : Granularity.DEFAULT.threshold();
        return events.regroup(threshold, request.from(), request.to());
    }

    @ExceptionHandler(EventChangeException.class)
    ResponseEntity<Map<String, String>> refused(EventChangeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    /** The granularity named {@code same-happening}, {@code same-event} or {@code same-story} (any case, - or _); else 400. */
    static Granularity granularity(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(Granularity.values()).filter(g -> key(g).equals(key)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown granularity “" + name
                        + "”: use one of " + Arrays.stream(Granularity.values()).map(EventController::key)
                        .collect(Collectors.joining(", ")) + "."));
    }

    private static String key(Granularity g) {
        return g.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    record Page(int total, List<EventSummary> items) {}

    record TitleRequest(@NotNull(message = REQUIRED) @Size(max = EventService.MAX_TITLE_LENGTH, message = TOO_LONG) String title) {}

    record EventIdsRequest(@NotNull(message = REQUIRED) List<@NotNull(message = REQUIRED) Long> eventIds) {}

    record ArticleIdsRequest(@NotNull(message = REQUIRED) List<@NotNull(message = REQUIRED) Long> articleIds) {}

    record MoveRequest(@NotNull(message = REQUIRED) Long articleId, @Nullable Long eventId) {}

    record PinRequest(@NotNull(message = REQUIRED) Long articleId, @NotNull(message = REQUIRED) Boolean pinned) {}

    record RegroupRequest(@Nullable Double threshold, @Nullable String granularity, @Nullable OffsetDateTime from,
                          @Nullable OffsetDateTime to) {}
}
