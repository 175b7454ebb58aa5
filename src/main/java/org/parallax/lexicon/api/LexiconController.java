package org.parallax.lexicon.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.parallax.lexicon.InvalidLexiconException;
import org.parallax.lexicon.LexiconImport;
import org.parallax.lexicon.LexiconJson;
import org.parallax.lexicon.LexiconJson.Exported;
import org.parallax.lexicon.LexiconService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.util.UriUtils;

/**
 * {@code /api/lexicons}: export, import and delete the lexicons the comparison uses. A lexicon is
 * JSON of the shape of {@code Lexicon.toJson()} plus {@code enabled}; see {@link LexiconJson}.
 */
@RestController
@RequestMapping("/api/lexicons")
class LexiconController {

    private final LexiconService lexicons;

    LexiconController(LexiconService lexicons) {
        this.lexicons = lexicons;
    }

    /** Every stored lexicon, oldest first: a document {@code POST} imports back. */
    @GetMapping
    List<Exported> list() {
        return lexicons.list().stream().map(Exported::of).toList();
    }

    @GetMapping("/{name}")
    ResponseEntity<Exported> one(@PathVariable String name) {
        return ResponseEntity.of(lexicons.get(name).map(Exported::of));
    }

    /**
     * Imports one lexicon (an object) or several (an array, e.g. what {@code GET} exported):
     * creates each, or replaces the stored one of the same name. All or nothing: 201 with the
     * stored lexicon(s), or 422 {@code {"error": "..."}} naming what is wrong, with nothing stored.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importJson(@RequestBody String body) {
        String trimmed = body.stripLeading();
        List<LexiconImport> read = LexiconJson.read(body);
        List<Exported> stored = lexicons.importAll(read).stream().map(Exported::of).toList();
        if (trimmed.startsWith("[")) {
            return ResponseEntity.status(HttpStatus.CREATED).body(stored);
        }
        Exported one = stored.getFirst();
        return ResponseEntity.created(URI.create("/api/lexicons/" + UriUtils.encodePathSegment(one.name(), "UTF-8"))).body(one);
    }

    /** Includes the lexicon in comparisons or leaves it out: {@code {"enabled": false}}. */
    @PutMapping("/{name}/enabled")
    ResponseEntity<Exported> enable(@PathVariable String name, @Valid @RequestBody EnabledRequest request) {
        if (!lexicons.setEnabled(name, request.enabled())) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.of(lexicons.get(name).map(Exported::of));
    }

    /** Restores the shipped starter lexicon (named "starter"), replacing any edits to it. */
    @PostMapping("/starter/reset")
    Exported resetStarter() {
        return Exported.of(lexicons.resetStarter());
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        return lexicons.delete(name) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @ExceptionHandler(InvalidLexiconException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidLexiconException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("error", e.getMessage()));
    }

    record EnabledRequest(@NotNull(message = "is required") Boolean enabled) {}
}
