package org.parallax.ui.chart;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.util.List;

/** Test-only page with one chart of each kind; the last evidence key heard shows in #heard. */
@Route("test/charts")
public class ChartEvidenceTestView extends Div {

    public ChartEvidenceTestView() {
        addClassName("px-view");
        Span heard = new Span("nothing yet");
        heard.setId("heard");
        add(new Div(new Span("Heard: "), heard));
        List<String> outlets = List.of("Harbour Ledger", "Northline Radio");
        SvgChart heatmap = new SvgChart(HeatmapChart.render("Overlap", "Shared sentences", outlets, outlets,
                List.of(new HeatmapChart.Cell(0, 1, 0.42, "o:0:1"), new HeatmapChart.Cell(1, 0, 0.35, "o:1:0"))));
        SvgChart bars = new SvgChart(BarChart.render("Words", "z-scores", List.of(
                new BarChart.Bar("blockade", 2.5, "count 7", "w:blockade"),
                new BarChart.Bar("checkpoint", -1.2, "count 1", "w:checkpoint"))));
        bars.setId("bars");
        SvgChart timeline = new SvgChart(TimelineChart.render("When", "Publication times", List.of(
                new TimelineChart.Point("Harbour Ledger", Instant.parse("2026-05-02T07:10:00Z"), "Keeper rescues kayakers", "a:1"),
                new TimelineChart.Point("Northline Radio", Instant.parse("2026-05-02T18:40:00Z"), "Squall capsizes paddlers", "a:2"))));
        for (SvgChart chart : List.of(heatmap, bars, timeline)) {
            chart.addEvidenceListener(heard::setText);
            add(chart);
        }
    }
}
