package org.parallax.ingest;

/** Thrown inside an import when it stops early: cancelled by its listener, or its storing side has stopped. */
final class ImportCancelled extends RuntimeException {
    ImportCancelled() {
        super(null, null, false, false);
    }
}
