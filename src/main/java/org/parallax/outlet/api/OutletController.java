package org.parallax.outlet.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.OutletChangeException;
import org.parallax.outlet.OutletDetails;
import org.parallax.outlet.OutletMetadata;
import org.parallax.outlet.OutletRepository;
import org.parallax.outlet.OutletService;
import org.parallax.outlet.Ownership;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/outlets}: list, read and curate outlets (metadata, merge, aliases, ratings). A missing
 * name, alias, source or rating answers 400; a name, alias, source or rating over
 * {@link OutletService#MAX_NAME_LENGTH} characters, or a note over {@link OutletService#MAX_NOTE_LENGTH}, 422.
 */
@RestController
@RequestMapping("/api/outlets")
class OutletController {

    private static final String REQUIRED = "is required";
    private static final String TOO_LONG = "is longer than {max} characters";

    private final OutletRepository outlets;
    private final OutletService service;

    OutletController(OutletRepository outlets, OutletService service) {
        this.outlets = outlets;
        this.service = service;
    }

    @GetMapping
    List<Outlet> all() {
        return outlets.findAll();
    }

    @GetMapping("/{id}")
    ResponseEntity<OutletDetails> one(@PathVariable long id) {
        return ResponseEntity.of(service.details(id));
    }

    @PutMapping("/{id}")
    OutletDetails update(@PathVariable long id, @Valid @RequestBody MetadataRequest m) {
        return service.update(id, new OutletMetadata(m.name(), m.homepage(), m.country(), m.language(), m.ownership()));
    }

    /** Merges outlet {@code id} into {@code targetId}: its articles, ratings and names move there. */
    @PostMapping("/{id}/merge-into/{targetId}")
    OutletDetails merge(@PathVariable long id, @PathVariable long targetId) {
        return service.merge(id, targetId);
    }

    @PostMapping("/{id}/aliases")
    OutletDetails addAlias(@PathVariable long id, @Valid @RequestBody AliasRequest request) {
        return service.addAlias(id, request.alias());
    }

    @PostMapping("/{id}/ratings")
    ResponseEntity<OutletDetails> addRating(@PathVariable long id, @Valid @RequestBody RatingRequest r) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.addRating(id, r.source(), r.rating(), r.ratedOn(), r.note()));
    }

    @DeleteMapping("/{id}/ratings/{ratingId}")
    OutletDetails removeRating(@PathVariable long id, @PathVariable long ratingId) {
        return service.removeRating(id, ratingId);
    }

    @ExceptionHandler(OutletChangeException.class)
    ResponseEntity<Map<String, String>> refused(OutletChangeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    /** The JSON of {@link OutletMetadata}, checked. */
    record MetadataRequest(
            @NotNull(message = REQUIRED) @Size(max = OutletService.MAX_NAME_LENGTH, message = TOO_LONG) String name,
            @Size(max = OutletService.MAX_NOTE_LENGTH, message = TOO_LONG) @Nullable String homepage,
            @Size(max = OutletService.MAX_NAME_LENGTH, message = TOO_LONG) @Nullable String country,
            @Size(max = OutletService.MAX_NAME_LENGTH, message = TOO_LONG) @Nullable String language,
            @Nullable Ownership ownership) {}

    record AliasRequest(@NotNull(message = REQUIRED) @Size(max = OutletService.MAX_NAME_LENGTH, message = TOO_LONG) String alias) {}

    record RatingRequest(
            @NotNull(message = REQUIRED) @Size(max = OutletService.MAX_NAME_LENGTH, message = TOO_LONG) String source,
            @NotNull(message = REQUIRED) @Size(max = OutletService.MAX_NAME_LENGTH, message = TOO_LONG) String rating,
            @Nullable LocalDate ratedOn,
            @Size(max = OutletService.MAX_NOTE_LENGTH, message = TOO_LONG) @Nullable String note) {}
}
