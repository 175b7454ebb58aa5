package org.parallax.ingest;

/** The input as a whole cannot be read in the format asked for; nothing of it is stored. */
public class UnreadableInputException extends RuntimeException {
    public UnreadableInputException(String message) {
        super(message);
    }
}
