package org.parallax.ingest.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.ImportBatchRepository;
import org.parallax.ingest.ImportFailedException;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.UnreadableInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/imports}: import a file, read an import's report. */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final ImportService imports;
    private final ImportBatchRepository batches;

    ImportController(ImportService imports, ImportBatchRepository batches) {
        this.imports = imports;
        this.batches = batches;
    }

    /**
     * Imports the uploaded file (multipart field {@code file}); {@code format} forces a format
     * instead of detecting it. Answers 201 with the report; 422 with {@code {"error": …}} when the input cannot be read at all, 413
     * when it is over the upload limit, 503 while the database is unreachable.
     */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<ImportReportJson> importFile(@RequestParam("file") MultipartFile file,
                                                @RequestParam(name = "format", required = false) @Nullable String format)
            throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        ImportFormat requested = format == null || format.isBlank() ? null : parseFormat(format);
        try (InputStream in = file.getInputStream()) {
            ImportReport report = imports.importStream(name, in, requested);
            return ResponseEntity.status(HttpStatus.CREATED).body(ImportReportJson.of(report));
        }
    }

    /** The most recent imports first, with their counts. */
    @GetMapping
    java.util.List<ImportBatchRepository.ImportSummary> recent(@RequestParam(defaultValue = "100") int limit) {
        return batches.findRecent(Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/{id}")
    ResponseEntity<ImportReportJson> report(@PathVariable long id) {
        return batches.findReport(id).map(ImportReportJson::of).map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    private static ImportFormat parseFormat(String format) {
        try {
            return ImportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("unknown format '" + format + "'");
        }
    }

    /** The database stopped answering during the import: 503, with what is stored and what is not. */
    @ExceptionHandler(ImportFailedException.class)
    ResponseEntity<Map<String, Object>> failed(ImportFailedException e) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("error", e.getMessage());
        if (e.batchId() != null) {
            body.put("import", e.batchId());
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    @ExceptionHandler(UnreadableInputException.class)
    ResponseEntity<Map<String, String>> unreadable(UnreadableInputException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("error", e.getMessage()));
    }
}
