package org.parallax.event;

import java.time.OffsetDateTime;

/** One change in an event's curation history: what was done, by whom, when. */
public record EventChangeEntry(String action, String detail, OffsetDateTime at, String by) {}
