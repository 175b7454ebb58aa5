package org.parallax.ingest.fetch;

/** A URL could not be fetched; the message says why in words a user understands. */
public class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }
}
