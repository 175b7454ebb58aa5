package org.parallax.ingest;

/** Follows a running import: progress for the UI, and a way to cancel it between records. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {};

    /** Called after each record with the number of input bytes read so far and the running counts. */
    default void progress(long bytesRead, int created, int duplicates, int rejected) {}

    /** Polled between records; when true the import stops, keeping the records already stored whole. */
    default boolean cancelled() {
        return false;
    }
}
