package org.parallax.ingest.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.RecordProblem;

/** The JSON contract of an import report (see README, "API"). */
record ImportReportJson(
        long id,
        String source,
        String format,
        String status,
        int created,
        int duplicates,
        List<RecordProblem> duplicateRecords,
        List<Rejection> rejected,
        List<Warning> warnings,
        List<Long> articleIds,
        @Nullable String charset) {

    record Rejection(String record, String reason) {}

    record Warning(String record, String message) {}

    static ImportReportJson of(ImportReport r) {
        return new ImportReportJson(r.id(), r.sourceName(), r.format(), r.status(), r.created(), r.duplicates(),
                r.duplicateRecords(),
                r.rejected().stream().map(p -> new Rejection(p.record(), p.message())).toList(),
                r.warnings().stream().map(p -> new Warning(p.record(), p.message())).toList(),
                r.articleIds(), r.charset());
    }
}
