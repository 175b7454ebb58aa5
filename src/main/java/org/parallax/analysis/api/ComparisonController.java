package org.parallax.analysis.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.ComparisonService;
import org.parallax.analysis.ComparisonTables;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /api/events/{id}/comparison}: the whole comparison as JSON, and each of its tables as CSV
 * ({@code /api/events/{id}/comparison/{table}.csv}, tables as in {@link ComparisonTables#NAMES}).
 */
@RestController
@RequestMapping("/api/events/{id}/comparison")
class ComparisonController {

    /** A cell a spreadsheet would run as a formula; such cells get a leading apostrophe (OWASP CSV injection). */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?(E-?\\d+)?$");

    private final ComparisonService comparisons;

    ComparisonController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping
    ResponseEntity<Comparison> comparison(@PathVariable long id) {
        return ResponseEntity.of(comparisons.compare(id));
    }

    @GetMapping("/{table}.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable long id, @PathVariable String table) {
        if (!ComparisonTables.NAMES.contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "No table '" + table + "'; tables: " + String.join(", ", ComparisonTables.NAMES));
        }
        Comparison comparison = comparisons.compare(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No event " + id));
        ComparisonTables.Table t = ComparisonTables.all(comparison).get(table);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(t.columns().toArray(String[]::new)).get())) {
                for (var row : t.rows()) {
                    printer.printRecord(row.stream().map(ComparisonController::safe).toList());
                }
            } catch (IOException e) {
                throw e;
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"event-" + id + "-" + table + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    static String safe(String cell) {
        return FORMULA.matcher(cell).matches() && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }
}
