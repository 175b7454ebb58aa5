package org.parallax.event.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parallax.ui.Formats;

/** Small pieces the event views share: date spans, chips, badges and notifications. */
final class EventUi {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.UK);

    private EventUi() {}

    /** "4 Mar 2026, 06:40 – 6 Mar 2026, 18:10", one time when both ends are equal, or "undated". */
    static String dateSpan(@Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        if (from == null && to == null) {
            return "undated";
        }
        from = local(from);
        to = local(to);
        if (from == null || to == null || from.isEqual(to)) {
            return unbroken(Formats.dateTime(from == null ? to : from));
        }
        if (from.toLocalDate().equals(to.toLocalDate()) && from.getOffset().equals(to.getOffset())) {
            return unbroken(Formats.dateTime(from)) + "\u00a0– " + TIME.format(to);
        }
        return unbroken(Formats.dateTime(from)) + "\u00a0– " + unbroken(Formats.dateTime(to));
    }

    /** No line breaks inside one date and time: a narrow cell wraps only at the dash. */
    private static String unbroken(String dateTime) {
        return dateTime.replace(' ', '\u00a0');
    }

    /** An event's span mixes outlets' offsets: show it in the system zone, the zone the date filters use. */
    private static @Nullable OffsetDateTime local(@Nullable OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime();
    }

    /** The start of a picked day in the system zone, for a "from" filter. */
    static @Nullable OffsetDateTime startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
    }

    /** The end of a picked day in the system zone, for a "to" filter. */
    static @Nullable OffsetDateTime endOf(@Nullable LocalDate day) {
        return day == null ? null : day.atTime(LocalTime.MAX).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    /** Labels as small chips (text, so readable without colour). */
    static FlexLayout chips(Collection<String> labels) {
        FlexLayout box = new FlexLayout();
        box.addClassName("px-chips");
        labels.forEach(label -> box.add(chip(label)));
        return box;
    }

    static Span chip(String label) {
        Span chip = new Span(label);
        chip.addClassName("px-chip");
        return chip;
    }

    /** A labelled badge such as "weak" or "pinned"; {@code kind} picks its colours. */
    static Span badge(String label, String kind) {
        Span badge = new Span(label);
        badge.addClassNames("px-badge", "px-badge-" + kind);
        return badge;
    }

    static String percent(double similarity) {
        return Math.round(Math.max(0, Math.min(1, similarity)) * 100) + " %";
    }

    static String articles(int n) {
        return n == 1 ? "1 article" : n + " articles";
    }

    static String events(int n) {
        return n == 1 ? "1 event" : n + " events";
    }

    static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
