package org.parallax.outlet;

/** A change to outlets that cannot be made, with a sentence saying why. */
public class OutletChangeException extends RuntimeException {
    public OutletChangeException(String message) {
        super(message);
    }
}
