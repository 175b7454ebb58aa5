package org.parallax.outlet;

import org.jspecify.annotations.Nullable;

/** The editable metadata of an outlet. */
public record OutletMetadata(
        String name,
        @Nullable String homepage,
        @Nullable String country,
        @Nullable String language,
        @Nullable Ownership ownership) {}
