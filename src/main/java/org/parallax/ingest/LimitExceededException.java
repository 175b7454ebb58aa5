package org.parallax.ingest;

/** An input went past one of the {@link ImportLimits}; the message names the limit and its setting. */
public class LimitExceededException extends RuntimeException {
    public LimitExceededException(String message) {
        super(message);
    }
}
