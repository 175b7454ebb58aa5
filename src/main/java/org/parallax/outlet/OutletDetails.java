package org.parallax.outlet;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the outlet editor shows: metadata, the other names that resolve to it, and ratings. */
public record OutletDetails(
        long id,
        String name,
        @Nullable String homepage,
        @Nullable String country,
        @Nullable String language,
        @Nullable Ownership ownership,
        List<String> aliases,
        List<OutletRating> ratings,
        int articleCount) {}
