package org.parallax.event;

/** A curation step that cannot be done, with a sentence saying why. */
public class EventChangeException extends RuntimeException {
    public EventChangeException(String message) {
        super(message);
    }
}
