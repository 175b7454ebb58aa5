package org.parallax.ui.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes every chart to one HTML page with the app's stylesheet, to look at in a browser or
 * screenshot: {@code java … ChartDemo /tmp/chart.html}. Outlets and headlines are invented.
 */
public final class ChartDemo {

    private ChartDemo() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/chart.html");
        Path css = Path.of("frontend/public/styles/parallax.css").toAbsolutePath();
        Files.writeString(out, page(css.toUri().toString(), args.length > 1 && args[1].equals("focus")));
        System.out.println("wrote " + out);
    }

    static String page(String stylesheet, boolean focusFirst) {
        List<String> outlets = List.of("Harbour Ledger", "Northline Radio", "The Brennock & District Evening Chronicle",
                "<script>alert('x')</script>");
        double[][] values = {{1, 0.42, 0.08, 0.91}, {0.35, 1, 0.5, 0}, {0.12, 0.66, 1, 0.27}, {0.77, 0.03, 0.2, 1}};
        List<HeatmapChart.Cell> cells = new java.util.ArrayList<>();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                if (!(r == 1 && c == 3)) {
                    cells.add(new HeatmapChart.Cell(r, c, values[r][c], "overlap:" + r + ":" + c));
                }
            }
        }
        SvgMarkup heatmap = HeatmapChart.render("Shared sentences between outlets",
                "Share of the row outlet's sentences that also appear in the column outlet.", outlets, outlets, cells);
        SvgMarkup bars = BarChart.renderGrouped("Distinctive words",
                "Weighted log-odds z-scores with an informative Dirichlet prior, each outlet against the rest of the event.",
                List.of(new BarChart.Group("Harbour Ledger", List.of(
                                new BarChart.Bar("blockade", 4.12, "count 12", "words:hl:blockade"),
                                new BarChart.Bar("humanitarian corridor", 2.5, "count 7", "words:hl:corridor"),
                                new BarChart.Bar("checkpoint", -1.8, "count 1", "words:hl:checkpoint"))),
                        new BarChart.Group("Northline Radio", List.of(
                                new BarChart.Bar("checkpoint", 3.3, "count 9", "words:nr:checkpoint"),
                                new BarChart.Bar("so-called", 1.1, "count 3", "words:nr:so-called"),
                                new BarChart.Bar("blockade", -2.9, "count 0", "words:nr:blockade"))),
                        new BarChart.Group("Quiet Weekly", List.of())));
        Instant t = Instant.parse("2023-03-12T08:05:00Z");
        SvgMarkup timeline = TimelineChart.render("When each outlet reported",
                "Publication times of the event's articles, per outlet.", List.of(
                        new TimelineChart.Point("Harbour Ledger", t, "Lighthouse keeper pulls two kayakers from the water", "a:1"),
                        new TimelineChart.Point("Northline Radio", t.plusSeconds(3 * 3600 + 600), "Squall capsizes paddlers; veteran light-tender rows to their aid", "a:2"),
                        new TimelineChart.Point("Harbour Ledger", t.plusSeconds(26 * 3600), "Keeper: 'I only did what anyone would'", "a:3"),
                        new TimelineChart.Point("Harbour Ledger", t.plusSeconds(26 * 3600 + 300), "Coastguard praises rescue", "a:4"),
                        new TimelineChart.Point("The Brennock & District Evening Chronicle", t.plusSeconds(40 * 3600), "Brennock rescue: what we know", "a:5"),
                        new TimelineChart.Point("Northline Radio", null, "Listener letters on the rescue", "a:6")),
                ZoneId.of("Europe/London"));
        SvgMarkup single = TimelineChart.render("One article", "A single point.",
                List.of(new TimelineChart.Point("Harbour Ledger", t, "Only report", "a:1")));
        SvgMarkup empty = BarChart.render("Distinctive words", "z-scores", List.of());
        StringBuilder html = new StringBuilder("<!doctype html><html lang=en><head><meta charset=utf-8>"
                + "<meta name=viewport content='width=device-width, initial-scale=1'>"
                + "<link rel=stylesheet href='" + stylesheet + "'>"
                + "<style>body{margin:16px;font-family:sans-serif} section{max-width:900px;margin-bottom:24px}</style>"
                + "</head><body>");
        for (SvgMarkup chart : List.of(heatmap, bars, timeline, single, empty)) {
            html.append("<section><div class=px-chart-box>").append(chart.markup()).append("</div></section>");
        }
        if (focusFirst) {
            html.append("<script>document.querySelectorAll('[data-evidence]')[1].focus();"
                    + "document.querySelectorAll('.px-chart-bar [data-evidence], a.px-chart-bar')[0].classList.add('x')</script>");
        }
        return html.append("</body></html>").toString();
    }
}
