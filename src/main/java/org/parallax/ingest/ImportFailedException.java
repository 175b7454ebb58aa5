package org.parallax.ingest;

import org.jspecify.annotations.Nullable;

/**
 * An import stopped because the database stopped answering. What its committed transactions stored
 * is kept whole; nothing of the transaction in progress is. The message says so in a sentence.
 */
public class ImportFailedException extends RuntimeException {

    private final @Nullable Long batchId;

    public ImportFailedException(String message, @Nullable Long batchId, Throwable cause) {
        super(message, cause);
        this.batchId = batchId;
    }

    /** The import's batch, or null when the database went away before it was created. */
    public @Nullable Long batchId() {
        return batchId;
    }
}
