package org.parallax.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import did: the batch, how many articles it created, which records were duplicates
 * of stored articles, which were rejected and why, and warnings about stored ones.
 *
 * @param articleIds the ids of the articles this import created, in input order
 * @param charset    the charset the text was read in ("UTF-8", "windows-1252", …; for a ZIP, those of its
 *                   files, comma-separated), or {@code null} when none was read
 */
public record ImportReport(
        long id,
        String sourceName,
        String format,
        String status,
        int created,
        int duplicates,
        List<RecordProblem> duplicateRecords,
        List<RecordProblem> rejected,
        List<RecordProblem> warnings,
        List<Long> articleIds,
        OffsetDateTime startedAt,
        @Nullable OffsetDateTime finishedAt,
        @Nullable String charset) {}
