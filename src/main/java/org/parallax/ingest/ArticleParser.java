package org.parallax.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Reads one input format into articles, record by record, streaming: a parser never holds the
 * whole input, it hands each record to the sink as soon as it is read.
 */
public interface ArticleParser {

    ImportFormat format();

    /**
     * Parses text input.
     *
     * @param reader the decoded text (the caller has handled the byte encoding)
     * @param sink   receives each record, accepted or rejected, in input order
     * @throws UnreadableInputException when the input as a whole is not of this format
     */
    void parse(Reader reader, Consumer<ParsedRecord> sink) throws IOException;
}
