package org.parallax.ingest;

/**
 * What a parser made of one record of the input: an article, or a rejection with its reason.
 * {@link #record()} names the record for the user: "block 3 (line 97)", "line 12", "item 4",
 * "archive.zip!feeds/a.xml item 2", a URL.
 */
public sealed interface ParsedRecord {

    String record();

    record Accepted(String record, ParsedArticle article) implements ParsedRecord {}

    record Rejected(String record, String reason) implements ParsedRecord {}
}
