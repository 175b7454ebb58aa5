package org.parallax.outlet.api;

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

/** {@code /api/outlets}: list, read and curate outlets (metadata, merge, aliases, ratings). */
@RestController
@RequestMapping("/api/outlets")
class OutletController {

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
    OutletDetails update(@PathVariable long id, @RequestBody OutletMetadata metadata) {
        return service.update(id, metadata);
    }

    /** Merges outlet {@code id} into {@code targetId}: its articles, ratings and names move there. */
    @PostMapping("/{id}/merge-into/{targetId}")
    OutletDetails merge(@PathVariable long id, @PathVariable long targetId) {
        return service.merge(id, targetId);
    }

    @PostMapping("/{id}/aliases")
    OutletDetails addAlias(@PathVariable long id, @RequestBody AliasRequest request) {
        return service.addAlias(id, request.alias());
    }

    @PostMapping("/{id}/ratings")
    ResponseEntity<OutletDetails> addRating(@PathVariable long id, @RequestBody RatingRequest r) {
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

    record AliasRequest(String alias) {}

    record RatingRequest(String source, String rating, @Nullable LocalDate ratedOn, @Nullable String note) {}
}
