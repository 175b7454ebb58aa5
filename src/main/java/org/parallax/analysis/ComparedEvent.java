package org.parallax.analysis;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The event being compared: its title and the time its coverage spans (null when undated). */
public record ComparedEvent(long id, String title, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {}
