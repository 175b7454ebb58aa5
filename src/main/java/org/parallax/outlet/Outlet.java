package org.parallax.outlet;

import org.jspecify.annotations.Nullable;

/** An outlet as the UI and API show it, with how many stored articles it has. */
public record Outlet(
        long id,
        String name,
        @Nullable String homepage,
        @Nullable String country,
        @Nullable String language,
        @Nullable String ownership,
        int articleCount) {}
