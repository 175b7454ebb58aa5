package org.parallax.outlet;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A bias or reliability rating of an outlet, as some source states it. Parallax ships no
 * ratings: users record them, each with where it comes from and when it was made.
 */
public record OutletRating(long id, String source, String rating, @Nullable LocalDate ratedOn, @Nullable String note) {}
