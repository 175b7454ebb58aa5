package org.parallax.ingest;

/**
 * A line of an import report about one record.
 *
 * @param record  which record: "block 3 (line 97)", "line 12", "item 4", a URL
 * @param message what happened to it, in words a user understands
 */
public record RecordProblem(String record, String message) {}
