package org.parallax.ingest.support;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A publication time read from text, with the offset the text gave, or a warning saying why there is none.
 *
 * <p>Accepted forms (spaces around the value are ignored):
 * <ul>
 *   <li>ISO-8601 with an offset or zone: {@code 2026-03-04T09:15:00+01:00}, {@code …Z}, {@code …+0100},
 *       {@code …+01:00[Europe/Paris]}, fractions of a second; a space may stand for the {@code T}.
 *       {@link #zone()} is the region ({@code Europe/Paris}) when given, else the offset ({@code +01:00},
 *       {@code Z}).</li>
 *   <li>RFC 1123 / RFC 822 (feeds, HTTP): {@code Wed, 04 Mar 2026 09:15:00 GMT}; the day name and the seconds
 *       are optional; the zone is {@code GMT}, {@code UT}, {@code UTC}, {@code Z}, {@code ±hhmm}, or a North
 *       American abbreviation (EST, EDT, CST, CDT, MST, MDT, PST, PDT).</li>
 *   <li>No offset: ISO local date-time ({@code 2026-03-04T09:15:00}) and Media Cloud's
 *       {@code 2026-03-04 09:15:00} and {@code 2026-03-04 09:15:00.123456}. The clock time is kept as given and
 *       stored as UTC, {@link #zone()} is {@code null}, and a warning says so.</li>
 *   <li>A plain date ({@code 2026-03-04}): midnight UTC, {@link #zone()} {@code null}, with a warning.</li>
 * </ul>
 * Anything else gives no time and a warning ("unreadable published date …"); it never rejects a record.
 *
 * @param at      the time with its offset, or {@code null}
 * @param zone    the zone or offset as the input gave it, {@code null} when it gave none
 * @param warning what the user should know about this value, or {@code null}
 */
public record PublishedDate(@Nullable OffsetDateTime at, @Nullable String zone, @Nullable String warning) {

    /** No date given: no time, no warning. */
    public static final PublishedDate NONE = new PublishedDate(null, null, null);

    /** Longest value quoted back in a warning. */
    private static final int QUOTE_CHARS = 60;

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) +(\\d)");

    private static final Pattern RFC_822 = Pattern.compile(
            "(?i)^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{2}|\\d{4})\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(\\S*)$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Map<String, ZoneOffset> NAMED_ZONES = Map.ofEntries(
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)));

    private static final Pattern NUMERIC_OFFSET = Pattern.compile("^[+-]\\d{2}:?\\d{2}$");

    /** Reads a publication time; blank or {@code null} text is {@link #NONE}. */
    public static PublishedDate parse(@Nullable String text) {
        String value = PlainText.normalizeSpaces(text);
        if (value.isEmpty()) {
            return NONE;
        }
        PublishedDate iso = parseIso(value);
        if (iso != null) {
            return iso;
        }
        PublishedDate rfc = parseRfc822(value);
        if (rfc != null) {
            return rfc;
        }
        return new PublishedDate(null, null, "unreadable published date " + quote(value) + ": left empty");
    }

    private static @Nullable PublishedDate parseIso(String value) {
        String iso = DATE_SPACE_TIME.matcher(value).replaceFirst("$1T$2");
        TemporalAccessor parsed;
        try {
            parsed = ISO.parseBest(iso, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        } catch (DateTimeParseException e) {
            return null;
        }
        return switch (parsed) {
            case ZonedDateTime z when !(z.getZone() instanceof ZoneOffset) ->
                    new PublishedDate(z.toOffsetDateTime(), z.getZone().getId(), null);
            case ZonedDateTime z -> new PublishedDate(z.toOffsetDateTime(), z.getOffset().getId(), null);
            case OffsetDateTime o -> new PublishedDate(o, o.getOffset().getId(), null);
            case LocalDateTime l -> withoutOffset(l, value);
            case LocalDate d -> new PublishedDate(d.atStartOfDay().atOffset(ZoneOffset.UTC), null,
                    "published date " + quote(value) + " has no time of day: read as midnight UTC");
            default -> null;
        };
    }

    private static @Nullable PublishedDate parseRfc822(String value) {
        Matcher m = RFC_822.matcher(value);
        if (!m.matches()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += 2000;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(LocalDate.of(year, month, Integer.parseInt(m.group(1))),
                    LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
        } catch (DateTimeException e) {
            return null;
        }
        String zone = m.group(7);
        if (zone.isEmpty()) {
            return withoutOffset(local, value);
        }
        ZoneOffset offset = NAMED_ZONES.get(zone.toUpperCase(Locale.ROOT));
        if (offset == null && NUMERIC_OFFSET.matcher(zone).matches()) {
            try {
                offset = ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (offset == null) {
            return null;
        }
        return new PublishedDate(local.atOffset(offset), offset.getId(), null);
    }

    private static PublishedDate withoutOffset(LocalDateTime local, String value) {
        return new PublishedDate(local.atOffset(ZoneOffset.UTC), null,
                "published time " + quote(value) + " has no time zone: read as UTC");
    }

    private static String quote(String value) {
        return "\"" + (value.length() > QUOTE_CHARS ? value.substring(0, QUOTE_CHARS) + "…" : value) + "\"";
    }
}
