package org.parallax.ui.chart;

import static org.parallax.ui.chart.ChartColors.hex;
import static org.parallax.ui.chart.Svg.num;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Horizontal diverging bars, e.g. the z-scores of an outlet's distinctive words: a bar to the
 * right of the zero line for a positive value, to the left for a negative one, with the signed
 * value (and optional secondary text such as "count 12") printed at the bar's end.
 *
 * <p><b>Scale.</b> One linear scale for the whole chart, over the domain
 * {@code [lo, hi] = [min(0, min value), max(0, max value)]} (or {@code [-1, 1]} when every value
 * is 0), mapped onto a plot area {@value #PLOT_WIDTH} units wide:
 * {@code x(v) = plotLeft + (v − lo) / (hi − lo) · PLOT_WIDTH}. A bar spans {@code x(0)} to
 * {@code x(v)}, so its length is {@code |v| / (hi − lo) · PLOT_WIDTH}: proportional to the value,
 * and comparable across groups. The zero line is drawn at {@code x(0)} through every row.
 *
 * <p><b>Colour and text.</b> Positive bars are blue, negative orange-brown (a colour-blind-safe
 * pair); the value is printed with its sign ("+3.21", "−1.50" with a true minus), so neither
 * colour nor side is needed to read it. Labels longer than {@value #LABEL_CHARS} characters are
 * cut with "…", the full text in a {@code <title>}.
 *
 * <p><b>Rows.</b> Bars are drawn in the order given, {@value #ROW_HEIGHT} units apart, each group
 * under its heading. A bar with an evidence key is one {@code <a>} link covering its label, bar
 * and value (see {@link SvgChart}).
 */
public final class BarChart {

    static final int PLOT_WIDTH = 360;
    static final int ROW_HEIGHT = 28;
    static final int BAR_HEIGHT = 16;
    static final int LABEL_CHARS = 28;
    private static final int HEADING_HEIGHT = 30;
    private static final int TOP = 24;
    private static final double FONT = 12;

    /**
     * One bar.
     *
     * @param label what the bar stands for, e.g. a word
     * @param value the value, e.g. a z-score; may be negative; must be finite
     * @param secondary extra text printed after the value, e.g. "count 12", or null
     * @param evidenceKey what the bar counts, or null for a bar that links nowhere
     */
    public record Bar(String label, double value, @Nullable String secondary, @Nullable String evidenceKey) {
        public Bar {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a bar needs a finite value: " + label + " = " + value);
            }
        }
    }

    /**
     * Bars under a heading (e.g. one outlet's words).
     *
     * @param heading the heading, or null for bars without one
     * @param bars the bars, drawn in this order; an empty group shows "none"
     */
    public record Group(@Nullable String heading, List<Bar> bars) {
        public Group {
            bars = List.copyOf(bars);
        }
    }

    private BarChart() {}

    /** Draws ungrouped bars; see {@link #renderGrouped}. */
    public static SvgMarkup render(String title, String description, List<Bar> bars) {
        return renderGrouped(title, description, List.of(new Group(null, bars)));
    }

    /**
     * Draws the groups one under the other on one shared scale.
     *
     * @param title the chart's title
     * @param description what the values are, e.g. "Weighted log-odds z-scores, outlet vs rest of event"
     * @param groups the groups in order; no bars at all draws an explanatory empty chart
     */
    public static SvgMarkup renderGrouped(String title, String description, List<Group> groups) {
        List<Bar> all = groups.stream().flatMap(g -> g.bars().stream()).toList();
        if (all.isEmpty()) {
            return Svg.nothingToShow("bars", title, description, "No values to chart: there are no bars here yet.");
        }
        double lo = Math.min(0, all.stream().mapToDouble(Bar::value).min().orElseThrow());
        double hi = Math.max(0, all.stream().mapToDouble(Bar::value).max().orElseThrow());
        if (lo == hi) {
            lo = -1;
            hi = 1;
        }

        double labelWidth = 0;
        double negativeText = 0;
        double positiveText = 0;
        for (Bar bar : all) {
            labelWidth = Math.max(labelWidth, Svg.textWidth(Svg.truncate(bar.label(), LABEL_CHARS), FONT));
            double textWidth = Svg.textWidth(valueText(bar), FONT);
            if (bar.value() < 0) {
                negativeText = Math.max(negativeText, textWidth);
            } else {
                positiveText = Math.max(positiveText, textWidth);
            }
        }
        for (Group group : groups) {
            if (group.heading() != null) {
                labelWidth = Math.max(labelWidth, Svg.textWidth(Svg.truncate(group.heading(), LABEL_CHARS + 12), FONT) - 8);
            }
        }
        double plotLeft = Math.ceil(labelWidth) + 16 + (negativeText > 0 ? Math.ceil(negativeText) + 10 : 0);
        double width = plotLeft + PLOT_WIDTH + Math.max(16, Math.ceil(positiveText) + 14);
        double height = TOP + 8;
        for (Group group : groups) {
            height += (group.heading() == null ? 0 : HEADING_HEIGHT) + Math.max(1, group.bars().size()) * ROW_HEIGHT;
        }
        Scale scale = new Scale(lo, hi, plotLeft, PLOT_WIDTH);
        double zero = scale.x(0);

        Svg svg = new Svg(width, height, "bars", title, description, true);
        svg.text("0", "x", num(zero), "y", num(TOP - 8), "text-anchor", "middle", "fill", hex(ChartColors.SECONDARY_TEXT),
                "aria-hidden", "true");
        double y = TOP;
        for (Group group : groups) {
            if (group.heading() != null) {
                svg.open("text", "class", "px-chart-heading", "x", "4", "y", num(y + 20), "font-weight", "600",
                        "font-size", "13", "fill", hex(ChartColors.TEXT));
                svg.tooltip(group.heading()).element("tspan", Svg.truncate(group.heading(), LABEL_CHARS + 12)).close();
                y += HEADING_HEIGHT;
            }
            if (group.bars().isEmpty()) {
                svg.text("none", "x", num(labelWidth + 8), "y", num(y + ROW_HEIGHT / 2.0 + 4), "text-anchor", "end",
                        "font-style", "italic", "fill", hex(ChartColors.SECONDARY_TEXT));
                y += ROW_HEIGHT;
            }
            for (Bar bar : group.bars()) {
                row(svg, bar, scale, labelWidth, width, y);
                y += ROW_HEIGHT;
            }
        }
        svg.empty("line", "class", "px-chart-zero", "x1", num(zero), "x2", num(zero), "y1", num(TOP - 4),
                "y2", num(height - 4), "stroke", hex(ChartColors.TEXT), "stroke-width", "1.5");
        return svg.finish();
    }

    private static void row(Svg svg, Bar bar, Scale scale, double labelWidth, double width, double y) {
        String value = valueText(bar);
        svg.linkOrGroup(bar.evidenceKey(), bar.label() + ": " + value, "px-chart-bar "
                + (bar.value() < 0 ? "px-chart-negative" : "px-chart-positive"));
        svg.tooltip(bar.label() + ": " + value);
        svg.empty("rect", "class", "px-chart-hit", "x", "0", "y", num(y + 1), "width", num(width), "height",
                num(ROW_HEIGHT - 2), "fill", "transparent");
        double middle = y + ROW_HEIGHT / 2.0;
        svg.text(Svg.truncate(bar.label(), LABEL_CHARS), "x", num(labelWidth + 8), "y", num(middle + 4),
                "text-anchor", "end", "fill", hex(ChartColors.TEXT));
        double zero = scale.x(0);
        double end = scale.x(bar.value());
        svg.empty("rect", "class", "px-chart-bar-shape", "x", num(Math.min(zero, end)), "y", num(middle - BAR_HEIGHT / 2.0),
                "width", num(Math.abs(end - zero)), "height", num(BAR_HEIGHT),
                "fill", hex(bar.value() < 0 ? ChartColors.NEGATIVE : ChartColors.POSITIVE));
        boolean negative = bar.value() < 0;
        svg.text(value, "class", "px-chart-value", "x", num(negative ? end - 6 : end + 6), "y", num(middle + 4),
                "text-anchor", negative ? "end" : "start", "fill", hex(ChartColors.TEXT),
                "font-variant-numeric", "tabular-nums");
        svg.close();
    }

    /** The printed value: signed, two decimals, true minus sign, then the secondary text. */
    static String valueText(Bar bar) {
        String signed = signed(bar.value());
        return bar.secondary() == null || bar.secondary().isBlank() ? signed : signed + " · " + bar.secondary();
    }

    /** "+3.21", "−1.50" (U+2212), "0.00". */
    static String signed(double value) {
        String digits = String.format(Locale.ROOT, "%.2f", Math.abs(value));
        if (digits.equals("0.00")) {
            return digits;
        }
        return (value < 0 ? "−" : "+") + digits;
    }

    /** The linear map from values to x: {@code x(v) = left + (v − lo) / (hi − lo) · width}. */
    record Scale(double lo, double hi, double left, double width) {
        double x(double value) {
            return left + (value - lo) / (hi - lo) * width;
        }
    }
}
