package org.parallax.outlet;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Who owns an outlet, in the broad classes media research uses. */
public enum Ownership {
    STATE, PUBLIC, PRIVATE, NON_PROFIT, UNKNOWN;

    /** The stored form: "state", "public", "private", "non-profit", "unknown". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static @Nullable Ownership fromKey(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return valueOf(key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
