package org.parallax.ui.chart;

import static org.parallax.ui.chart.ChartColors.hex;
import static org.parallax.ui.chart.Svg.num;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A matrix of values in [0, 1], e.g. pairwise overlap between outlets: one row per row label, one
 * column per column label, each cell a square with its value printed in it ("0.42").
 *
 * <p><b>Geometry.</b> Cells are {@value #CELL_WIDTH} × {@value #CELL_HEIGHT} units; cell
 * {@code (r, c)} has its top left corner at {@code (left + c·CELL_WIDTH, top + r·CELL_HEIGHT)},
 * where {@code left} is the width of the longest (truncated) row label and {@code top} the height
 * of the column headers (rotated 45° when a label is wider than a cell). Labels longer than
 * {@value #LABEL_CHARS} characters are cut with "…"; the full text is in a {@code <title>}.
 *
 * <p><b>Colour.</b> A cell's fill is {@link ChartColors#sequential(double)} of its value clamped
 * to [0, 1] (light blue for 0 to dark blue for 1, linear between ColorBrewer stops); the value's
 * text is black or white, whichever contrasts more with the fill (always ≥ 4.5:1). A legend
 * under the matrix shows the scale.
 *
 * <p><b>Diagonal and gaps.</b> When the row and column labels are the same list, the diagonal
 * (an outlet against itself) is muted grey with "—" and is not a link. A position without a
 * {@link Cell} is muted with "n/a".
 *
 * <p><b>Evidence.</b> A cell with an evidence key is an {@code <a>} link to {@code ?evidence=KEY}
 * (see {@link SvgChart}); its accessible name is "row × column: value".
 */
public final class HeatmapChart {

    static final int CELL_WIDTH = 56;
    static final int CELL_HEIGHT = 40;
    static final int LABEL_CHARS = 18;
    private static final double FONT = 12;
    private static final int LEGEND_HEIGHT = 44;

    /**
     * One cell of the matrix.
     *
     * @param row index into the row labels
     * @param column index into the column labels
     * @param value the value, expected in [0, 1] (printed as given to two decimals; the colour
     *     clamps to [0, 1])
     * @param evidenceKey what the cell counts, or null for a cell that links nowhere
     */
    public record Cell(int row, int column, double value, @Nullable String evidenceKey) {}

    private HeatmapChart() {}

    /**
     * Draws the matrix.
     *
     * @param title the chart's title (read first by screen readers)
     * @param description one sentence saying what the values are, e.g. "Share of sentences of
     *     the row outlet that also appear in the column outlet"
     * @param rowLabels one label per row, top to bottom
     * @param columnLabels one label per column, left to right
     * @param cells at most one cell per position; positions without a cell show "n/a"
     * @throws IllegalArgumentException for a cell outside the matrix or two cells at one position
     */
    public static SvgMarkup render(String title, String description, List<String> rowLabels,
            List<String> columnLabels, List<Cell> cells) {
        if (rowLabels.isEmpty() || columnLabels.isEmpty()) {
            return Svg.nothingToShow("heatmap", title, description,
                    "Nothing to compare yet: the matrix needs at least one row and one column.");
        }
        Map<Long, Cell> byPosition = new HashMap<>();
        for (Cell cell : cells) {
            if (cell.row() < 0 || cell.row() >= rowLabels.size() || cell.column() < 0
                    || cell.column() >= columnLabels.size()) {
                throw new IllegalArgumentException("cell outside the " + rowLabels.size() + "×"
                        + columnLabels.size() + " matrix: " + cell);
            }
            if (byPosition.put(key(cell.row(), cell.column()), cell) != null) {
                throw new IllegalArgumentException("two cells at row " + cell.row() + ", column " + cell.column());
            }
        }
        boolean square = rowLabels.equals(columnLabels);

        double rowLabelWidth = 0;
        for (String label : rowLabels) {
            rowLabelWidth = Math.max(rowLabelWidth, Svg.textWidth(Svg.truncate(label, LABEL_CHARS), FONT));
        }
        double columnLabelWidth = 0;
        for (String label : columnLabels) {
            columnLabelWidth = Math.max(columnLabelWidth, Svg.textWidth(Svg.truncate(label, LABEL_CHARS), FONT));
        }
        boolean rotate = columnLabelWidth > CELL_WIDTH - 6;
        double diagonal = Math.sqrt(0.5);
        double left = Math.ceil(rowLabelWidth) + 14;
        double top = rotate ? Math.ceil(columnLabelWidth * diagonal) + 20 : 26;
        double matrixWidth = columnLabels.size() * CELL_WIDTH;
        double matrixHeight = rowLabels.size() * CELL_HEIGHT;
        double right = rotate ? Math.max(8, columnLabelWidth * diagonal - CELL_WIDTH / 2.0 + 8) : 8;
        double width = Math.max(left + matrixWidth + right, left + 240);
        double height = top + matrixHeight + LEGEND_HEIGHT;

        Svg svg = new Svg(width, height, "heatmap", title, description, true);
        svg.open("g", "class", "px-chart-labels", "fill", hex(ChartColors.TEXT));
        for (int c = 0; c < columnLabels.size(); c++) {
            String label = columnLabels.get(c);
            double x = left + c * CELL_WIDTH + CELL_WIDTH / 2.0;
            double y = top - 8;
            if (rotate) {
                svg.open("text", "x", num(x), "y", num(y), "transform", "rotate(-45 " + num(x) + " " + num(y) + ")");
            } else {
                svg.open("text", "x", num(x), "y", num(y), "text-anchor", "middle");
            }
            svg.tooltip(label).element("tspan", Svg.truncate(label, LABEL_CHARS)).close();
        }
        for (int r = 0; r < rowLabels.size(); r++) {
            String label = rowLabels.get(r);
            svg.open("text", "x", num(left - 8), "y", num(top + r * CELL_HEIGHT + CELL_HEIGHT / 2.0 + 4),
                    "text-anchor", "end");
            svg.tooltip(label).element("tspan", Svg.truncate(label, LABEL_CHARS)).close();
        }
        svg.close();

        svg.open("g", "class", "px-chart-cells", "font-variant-numeric", "tabular-nums");
        for (int r = 0; r < rowLabels.size(); r++) {
            for (int c = 0; c < columnLabels.size(); c++) {
                double x = left + c * CELL_WIDTH;
                double y = top + r * CELL_HEIGHT;
                Cell cell = byPosition.get(key(r, c));
                String where = rowLabels.get(r) + " × " + columnLabels.get(c);
                if (square && r == c) {
                    mutedCell(svg, x, y, "—", where + ": the same outlet");
                } else if (cell == null) {
                    mutedCell(svg, x, y, "n/a", where + ": no value");
                } else {
                    String value = format(cell.value());
                    int fill = ChartColors.sequential(cell.value());
                    svg.linkOrGroup(cell.evidenceKey(), where + ": " + value, "px-chart-cell");
                    svg.tooltip(where + ": " + value);
                    svg.empty("rect", "x", num(x + 1), "y", num(y + 1), "width", num(CELL_WIDTH - 2),
                            "height", num(CELL_HEIGHT - 2), "rx", "3", "fill", hex(fill));
                    svg.text(value, "x", num(x + CELL_WIDTH / 2.0), "y", num(y + CELL_HEIGHT / 2.0 + 4.5),
                            "text-anchor", "middle", "font-size", "13", "fill", hex(ChartColors.textOn(fill)));
                    svg.close();
                }
            }
        }
        svg.close();
        legend(svg, left, top + matrixHeight + 14);
        return svg.finish();
    }

    /** The value as printed in a cell: two decimals, e.g. "0.42". */
    static String format(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void mutedCell(Svg svg, double x, double y, String text, String tooltip) {
        svg.open("g", "class", "px-chart-cell px-chart-muted");
        svg.tooltip(tooltip);
        svg.empty("rect", "x", num(x + 1), "y", num(y + 1), "width", num(CELL_WIDTH - 2), "height", num(CELL_HEIGHT - 2),
                "rx", "3", "fill", hex(ChartColors.MUTED_FILL));
        svg.text(text, "x", num(x + CELL_WIDTH / 2.0), "y", num(y + CELL_HEIGHT / 2.0 + 4.5), "text-anchor", "middle",
                "fill", hex(ChartColors.MUTED_TEXT));
        svg.close();
    }

    /** A 160-unit bar with the scale's colours and ticks at 0, 0.5 and 1. */
    private static void legend(Svg svg, double x, double y) {
        double barWidth = 160;
        int steps = 32;
        svg.open("g", "class", "px-chart-legend", "aria-hidden", "true");
        svg.text("Scale", "x", num(x), "y", num(y + 11), "fill", hex(ChartColors.SECONDARY_TEXT));
        double barX = x + 44;
        for (int i = 0; i < steps; i++) {
            svg.empty("rect", "x", num(barX + i * barWidth / steps), "y", num(y + 2), "width",
                    num(barWidth / steps + 0.3), "height", "10", "fill", hex(ChartColors.sequential((i + 0.5) / steps)));
        }
        svg.empty("rect", "x", num(barX), "y", num(y + 2), "width", num(barWidth), "height", "10", "fill", "none",
                "stroke", hex(ChartColors.GRID));
        for (double tick : new double[] {0, 0.5, 1}) {
            double tx = barX + tick * barWidth;
            svg.empty("line", "x1", num(tx), "x2", num(tx), "y1", num(y + 12), "y2", num(y + 16),
                    "stroke", hex(ChartColors.SECONDARY_TEXT));
            svg.text(format(tick), "x", num(tx), "y", num(y + 28), "text-anchor", "middle",
                    "fill", hex(ChartColors.SECONDARY_TEXT));
        }
        svg.close();
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }
}
