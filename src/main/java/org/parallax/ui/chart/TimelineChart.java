package org.parallax.ui.chart;

import static org.parallax.ui.chart.ChartColors.hex;
import static org.parallax.ui.chart.Svg.num;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Articles along a time axis, one row per series (outlet): who published what, when.
 *
 * <p><b>Numbering.</b> Dated points are numbered 1, 2, … in time order (ties: series order, then
 * input order), undated points after them in input order. Each marker shows its number, and a
 * key under the chart lists every point as "number · series · time · label", so the chart reads
 * in print and the headlines need no room on the axis.
 *
 * <p><b>Time scale.</b> A tick step is the smallest of 1, 5, 10, 15, 30 minutes, 1, 2, 3, 6, 12
 * hours, 1, 2 days, 1, 2 weeks, 1, 3, 6 months or 1, 2, 5, 10 years that needs at most
 * {@value #MAX_TICKS} ticks. The domain is the span of the dated points widened to whole steps
 * in the given zone ({@code start = floor(min)}, {@code end = ceil(max)}; when every point has
 * the same time, the span is the hour around it, so one point still draws, in the middle),
 * and maps linearly onto the plot: {@code x(t) = plotLeft + (t − start)/(end − start) · PLOT_WIDTH}.
 * Ticks sit at every step from start to end, labelled "09:00" with "12 Mar" under the first and
 * at each change of day (day steps: "12 Mar" with the year under the first and at each change;
 * months: "Mar" and the year). Times are in the given zone, named in the axis caption.
 *
 * <p><b>Rows.</b> Series appear in order of their first point. Points in a row closer than a
 * marker's width are stacked in lanes (greedy, left to right), so none hides another. Undated
 * points sit in a separate "Undated" row below the axis, in order, with hollow markers: their
 * position there means nothing.
 *
 * <p><b>Evidence.</b> Each marker and each key entry with an evidence key is an {@code <a>} link
 * (see {@link SvgChart}).
 */
public final class TimelineChart {

    static final int PLOT_WIDTH = 540;
    static final int MAX_TICKS = 8;
    static final int LANE_HEIGHT = 22;
    static final int MARKER_RADIUS = 9;
    private static final int SERIES_CHARS = 20;
    private static final int KEY_LINE = 22;
    private static final double FONT = 12;
    private static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE);

    /**
     * One article on the timeline.
     *
     * @param series the row it belongs to, e.g. the outlet's name
     * @param time when it was published, or null when unknown
     * @param label what it is, e.g. the headline
     * @param evidenceKey what it links to, or null
     */
    public record Point(String series, @Nullable Instant time, String label, @Nullable String evidenceKey) {}

    /** A tick step: an amount of a calendar unit. */
    record Step(int amount, ChronoUnit unit) {
        boolean belowDay() {
            return unit == ChronoUnit.MINUTES || unit == ChronoUnit.HOURS;
        }
    }

    static final List<Step> STEPS = List.of(
            new Step(1, ChronoUnit.MINUTES), new Step(5, ChronoUnit.MINUTES), new Step(10, ChronoUnit.MINUTES),
            new Step(15, ChronoUnit.MINUTES), new Step(30, ChronoUnit.MINUTES), new Step(1, ChronoUnit.HOURS),
            new Step(2, ChronoUnit.HOURS), new Step(3, ChronoUnit.HOURS), new Step(6, ChronoUnit.HOURS),
            new Step(12, ChronoUnit.HOURS), new Step(1, ChronoUnit.DAYS), new Step(2, ChronoUnit.DAYS),
            new Step(1, ChronoUnit.WEEKS), new Step(2, ChronoUnit.WEEKS), new Step(1, ChronoUnit.MONTHS),
            new Step(3, ChronoUnit.MONTHS), new Step(6, ChronoUnit.MONTHS), new Step(1, ChronoUnit.YEARS),
            new Step(2, ChronoUnit.YEARS), new Step(5, ChronoUnit.YEARS), new Step(10, ChronoUnit.YEARS));

    /** The ticks of an axis: the chosen step and the tick times, first = domain start, last = end. */
    record Axis(Step step, List<ZonedDateTime> ticks) {
        Instant start() {
            return ticks.getFirst().toInstant();
        }

        Instant end() {
            return ticks.getLast().toInstant();
        }
    }

    private TimelineChart() {}

    /** Draws the timeline with times in UTC. */
    public static SvgMarkup render(String title, String description, List<Point> points) {
        return render(title, description, points, ZoneOffset.UTC);
    }

    /**
     * Draws the timeline.
     *
     * @param title the chart's title
     * @param description what is shown, e.g. "When each outlet published its report"
     * @param points the articles, in any order; none draws an explanatory empty chart
     * @param zone the zone the axis and the key show times in
     */
    public static SvgMarkup render(String title, String description, List<Point> points, ZoneId zone) {
        if (points.isEmpty()) {
            return Svg.nothingToShow("timeline", title, description, "No articles to place on the timeline yet.");
        }
        List<Point> dated = new ArrayList<>();
        List<Point> undated = new ArrayList<>();
        Map<String, Integer> seriesOrder = new LinkedHashMap<>();
        for (Point point : points) {
            (point.time() == null ? undated : dated).add(point);
            if (point.time() != null) {
                seriesOrder.putIfAbsent(point.series(), seriesOrder.size());
            }
        }
        List<Point> numbered = new ArrayList<>(dated);
        numbered.sort(Comparator.comparing((Point p) -> p.time()).thenComparing(p -> seriesOrder.get(p.series())));
        numbered.addAll(undated);
        Map<Point, Integer> numberOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < numbered.size(); i++) {
            numberOf.put(numbered.get(i), i + 1);
        }

        double seriesWidth = Svg.textWidth("Undated", FONT);
        for (String series : seriesOrder.keySet()) {
            seriesWidth = Math.max(seriesWidth, Svg.textWidth(Svg.truncate(series, SERIES_CHARS), FONT));
        }
        double plotLeft = Math.ceil(seriesWidth) + 28;
        double width = plotLeft + PLOT_WIDTH + 32;
        int keyChars = (int) ((width - 40) / (FONT * 0.58));

        // Rows: lanes per series, so that close markers stack instead of covering each other.
        Axis axis = dated.isEmpty() ? null : axis(dated.stream().map(Point::time).min(Comparator.naturalOrder()).orElseThrow(),
                dated.stream().map(Point::time).max(Comparator.naturalOrder()).orElseThrow(), zone);
        Map<String, List<Point>> bySeries = new LinkedHashMap<>();
        seriesOrder.keySet().forEach(s -> bySeries.put(s, new ArrayList<>()));
        numbered.stream().filter(p -> p.time() != null).forEach(p -> bySeries.get(p.series()).add(p));
        Map<Point, Integer> laneOf = new java.util.IdentityHashMap<>();
        Map<String, Integer> lanes = new LinkedHashMap<>();
        for (var entry : bySeries.entrySet()) {
            List<Double> laneEnds = new ArrayList<>();
            for (Point point : entry.getValue()) {
                double x = x(axis, point.time(), plotLeft);
                int lane = 0;
                while (lane < laneEnds.size() && x - laneEnds.get(lane) < 2 * MARKER_RADIUS + 3) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(x);
                } else {
                    laneEnds.set(lane, x);
                }
                laneOf.put(point, lane);
            }
            lanes.put(entry.getKey(), Math.max(1, laneEnds.size()));
        }
        int undatedLanes = (int) Math.ceil(undated.size() / (double) (PLOT_WIDTH / (2 * MARKER_RADIUS + 6)));

        double top = 12;
        double rowsHeight = lanes.values().stream().mapToDouble(n -> n * LANE_HEIGHT + 14).sum();
        double axisHeight = axis == null ? 0 : 56;
        double undatedHeight = undated.isEmpty() ? 0 : undatedLanes * LANE_HEIGHT + 22;
        double keyTop = top + rowsHeight + axisHeight + undatedHeight + 10;
        double height = keyTop + 24 + numbered.size() * KEY_LINE + 6;

        Svg svg = new Svg(width, height, "timeline", title, description, true);
        double plotBottom = top + rowsHeight;

        if (axis != null) {
            svg.open("g", "class", "px-chart-axis", "aria-hidden", "true", "fill", hex(ChartColors.SECONDARY_TEXT));
            ZonedDateTime previous = null;
            for (ZonedDateTime tick : axis.ticks()) {
                double x = x(axis, tick.toInstant(), plotLeft);
                svg.empty("line", "class", "px-chart-grid", "x1", num(x), "x2", num(x), "y1", num(top), "y2", num(plotBottom + 4),
                        "stroke", hex(ChartColors.GRID), "stroke-width", "0.75");
                String[] label = tickLabel(axis.step(), tick, previous);
                svg.text(label[0], "x", num(x), "y", num(plotBottom + 18), "text-anchor", "middle", "fill", hex(ChartColors.TEXT));
                if (!label[1].isEmpty()) {
                    svg.text(label[1], "x", num(x), "y", num(plotBottom + 33), "text-anchor", "middle");
                }
                previous = tick;
            }
            svg.empty("line", "x1", num(plotLeft), "x2", num(plotLeft + PLOT_WIDTH), "y1", num(plotBottom),
                    "y2", num(plotBottom), "stroke", hex(ChartColors.TEXT));
            svg.text("Time (" + zoneName(zone) + ")", "x", num(plotLeft + PLOT_WIDTH), "y", num(plotBottom + 50),
                    "text-anchor", "end", "font-style", "italic");
            svg.close();
        }

        double y = top;
        for (var entry : bySeries.entrySet()) {
            int rowLanes = lanes.get(entry.getKey());
            double rowHeight = rowLanes * LANE_HEIGHT + 14;
            double middle = y + rowHeight / 2;
            svg.open("text", "class", "px-chart-series", "x", num(plotLeft - 12), "y", num(middle + 4), "text-anchor", "end",
                    "fill", hex(ChartColors.TEXT));
            svg.tooltip(entry.getKey()).element("tspan", Svg.truncate(entry.getKey(), SERIES_CHARS)).close();
            svg.empty("line", "x1", num(plotLeft), "x2", num(plotLeft + PLOT_WIDTH), "y1", num(middle), "y2", num(middle),
                    "stroke", hex(ChartColors.GRID), "stroke-dasharray", "2 3");
            for (Point point : entry.getValue()) {
                double laneY = y + 7 + laneOf.get(point) * LANE_HEIGHT + LANE_HEIGHT / 2.0;
                double laneMiddle = rowLanes == 1 ? middle : laneY;
                marker(svg, point, numberOf.get(point), x(axis, point.time(), plotLeft), laneMiddle, zone, true);
            }
            y += rowHeight;
        }

        if (!undated.isEmpty()) {
            double uy = top + rowsHeight + axisHeight + 8;
            svg.empty("line", "x1", "4", "x2", num(width - 4), "y1", num(uy - 4), "y2", num(uy - 4),
                    "stroke", hex(ChartColors.GRID), "stroke-dasharray", "4 3");
            svg.text("Undated", "x", num(plotLeft - 12), "y", num(uy + LANE_HEIGHT / 2.0 + 8), "text-anchor", "end",
                    "font-style", "italic", "fill", hex(ChartColors.TEXT));
            int perLane = PLOT_WIDTH / (2 * MARKER_RADIUS + 6);
            for (int i = 0; i < undated.size(); i++) {
                double ux = plotLeft + MARKER_RADIUS + 2 + (i % perLane) * (2 * MARKER_RADIUS + 6);
                double laneY = uy + 4 + (i / perLane) * LANE_HEIGHT + LANE_HEIGHT / 2.0;
                marker(svg, undated.get(i), numberOf.get(undated.get(i)), ux, laneY, zone, false);
            }
        }

        svg.text("Key", "x", "4", "y", num(keyTop + 12), "font-weight", "600", "fill", hex(ChartColors.TEXT));
        double ky = keyTop + 24;
        for (Point point : numbered) {
            int number = numberOf.get(point);
            String line = point.series() + " · " + when(point.time(), zone) + " · " + point.label();
            svg.linkOrGroup(point.evidenceKey(), "#" + number + " " + line, "px-chart-key");
            svg.tooltip(line);
            svg.empty("rect", "class", "px-chart-hit", "x", "0", "y", num(ky), "width", num(width), "height", num(KEY_LINE),
                    "fill", "transparent");
            svg.text(Integer.toString(number), "x", "30", "y", num(ky + 15), "text-anchor", "end", "font-weight", "600",
                    "fill", hex(ChartColors.TEXT), "font-variant-numeric", "tabular-nums");
            svg.text(Svg.truncate(line, keyChars), "x", "40", "y", num(ky + 15), "fill", hex(ChartColors.TEXT));
            svg.close();
            ky += KEY_LINE;
        }
        return svg.finish();
    }

    private static void marker(Svg svg, Point point, int number, double x, double y, ZoneId zone, boolean dated) {
        String name = "#" + number + " " + point.series() + ", " + when(point.time(), zone) + ": " + point.label();
        svg.linkOrGroup(point.evidenceKey(), name, "px-chart-point" + (dated ? "" : " px-chart-undated"));
        svg.tooltip(name);
        svg.empty("circle", "cx", num(x), "cy", num(y), "r", Integer.toString(MARKER_RADIUS),
                "fill", hex(dated ? ChartColors.MARKER : ChartColors.WHITE), "stroke", hex(ChartColors.MARKER), "stroke-width", "1.5");
        svg.text(Integer.toString(number), "x", num(x), "y", num(y + 3.5), "text-anchor", "middle",
                "font-size", number > 99 ? "8" : "10", "font-weight", "600",
                "fill", hex(dated ? ChartColors.WHITE : ChartColors.MARKER));
        svg.close();
    }

    /** "12 Mar 2023, 09:00" in the zone, or "undated". */
    static String when(@Nullable Instant time, ZoneId zone) {
        return time == null ? "undated" : FULL.format(time.atZone(zone));
    }

    private static String zoneName(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static double x(@Nullable Axis axis, @Nullable Instant time, double plotLeft) {
        if (axis == null || time == null) {
            return plotLeft;
        }
        double span = axis.end().toEpochMilli() - axis.start().toEpochMilli();
        return plotLeft + (time.toEpochMilli() - axis.start().toEpochMilli()) / span * PLOT_WIDTH;
    }

    /** The axis for dated points from {@code min} to {@code max}: see the class comment. */
    static Axis axis(Instant min, Instant max, ZoneId zone) {
        if (min.equals(max)) { // one moment: centre it in an hour
            min = min.minus(30, ChronoUnit.MINUTES);
            max = max.plus(30, ChronoUnit.MINUTES);
        }
        ZonedDateTime from = min.atZone(zone);
        ZonedDateTime to = max.atZone(zone);
        for (Step step : STEPS) {
            List<ZonedDateTime> ticks = ticks(step, from, to);
            if (ticks.size() <= MAX_TICKS) {
                return new Axis(step, ticks);
            }
        }
        Step largest = STEPS.getLast();
        return new Axis(largest, ticks(largest, from, to));
    }

    private static List<ZonedDateTime> ticks(Step step, ZonedDateTime from, ZonedDateTime to) {
        List<ZonedDateTime> ticks = new ArrayList<>();
        ZonedDateTime tick = floor(step, from);
        ticks.add(tick);
        while (tick.isBefore(to) || ticks.size() == 1) {
            tick = tick.plus(step.amount(), step.unit());
            ticks.add(tick);
            if (ticks.size() > MAX_TICKS + 1 && step != STEPS.getLast()) {
                break; // too many already; the caller tries a larger step
            }
        }
        return ticks;
    }

    /** The latest whole step at or before the time: e.g. 09:47 floored to 15 minutes is 09:45. */
    static ZonedDateTime floor(Step step, ZonedDateTime time) {
        return switch (step.unit()) {
            case MINUTES -> {
                ZonedDateTime minute = time.truncatedTo(ChronoUnit.MINUTES);
                yield minute.withMinute(minute.getMinute() / step.amount() * step.amount());
            }
            case HOURS -> {
                ZonedDateTime hour = time.truncatedTo(ChronoUnit.HOURS);
                yield hour.withHour(hour.getHour() / step.amount() * step.amount());
            }
            case DAYS -> {
                ZonedDateTime day = time.truncatedTo(ChronoUnit.DAYS);
                long epochDay = day.toLocalDate().toEpochDay();
                yield day.minusDays(Math.floorMod(epochDay, step.amount()));
            }
            case WEEKS -> {
                ZonedDateTime monday = time.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                long week = Math.floorDiv(monday.toLocalDate().toEpochDay() - 4, 7); // epoch day 4 was a Monday
                yield monday.minusWeeks(Math.floorMod(week, step.amount()));
            }
            case MONTHS -> {
                ZonedDateTime first = time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
                yield first.withMonth((first.getMonthValue() - 1) / step.amount() * step.amount() + 1);
            }
            case YEARS -> {
                ZonedDateTime first = time.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
                yield first.withYear(Math.floorDiv(first.getYear(), step.amount()) * step.amount());
            }
            default -> throw new IllegalArgumentException("no such step: " + step);
        };
    }

    /** The two lines under a tick: the main label, and the larger unit when it changes (else ""). */
    static String[] tickLabel(Step step, ZonedDateTime tick, @Nullable ZonedDateTime previous) {
        if (step.belowDay()) {
            boolean newDay = previous == null || !previous.toLocalDate().equals(tick.toLocalDate());
            return new String[] {pattern("HH:mm", tick), newDay ? pattern("d MMM", tick) : ""};
        }
        boolean newYear = previous == null || previous.getYear() != tick.getYear();
        return switch (step.unit()) {
            case DAYS, WEEKS -> new String[] {pattern("d MMM", tick), newYear ? pattern("yyyy", tick) : ""};
            case MONTHS -> new String[] {pattern("MMM", tick), newYear ? pattern("yyyy", tick) : ""};
            default -> new String[] {pattern("yyyy", tick), ""};
        };
    }

    private static String pattern(String pattern, ZonedDateTime time) {
        return DateTimeFormatter.ofPattern(pattern, LOCALE).format(time);
    }
}
