package org.parallax.ui;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the UI writes dates and numbers, in one place. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    private Formats() {}

    /** The time as published (in its own offset), or "undated". */
    public static String dateTime(@Nullable OffsetDateTime time) {
        return time == null ? "undated" : DATE_TIME.format(time);
    }

    /** A value, or an em dash for none. */
    public static String orDash(@Nullable Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }
}
