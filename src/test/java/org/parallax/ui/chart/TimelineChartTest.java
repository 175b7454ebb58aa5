package org.parallax.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parallax.ui.chart.SvgDom.num;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ui.chart.TimelineChart.Axis;
import org.parallax.ui.chart.TimelineChart.Point;
import org.parallax.ui.chart.TimelineChart.Step;
import org.w3c.dom.Element;

class TimelineChartTest {

    static final Instant NINE_TEN = Instant.parse("2023-03-12T09:10:00Z");

    private static List<String> tickTimes(Axis axis) {
        return axis.ticks().stream().map(t -> t.toLocalDateTime().toString()).toList();
    }

    private static Element marker(SvgDom dom, String key) {
        return dom.one("//a[@data-evidence='" + key + "' and contains(@class,'px-chart-point')]/circle");
    }

    @Test
    void ticksUseTheSmallestStepThatNeedsAtMostEightAndCoverTheSpan() {
        Axis hours = TimelineChart.axis(NINE_TEN, Instant.parse("2023-03-12T12:20:00Z"), ZoneOffset.UTC);
        assertThat(hours.step()).isEqualTo(new Step(30, ChronoUnit.MINUTES));
        assertThat(tickTimes(hours)).containsExactly("2023-03-12T09:00", "2023-03-12T09:30", "2023-03-12T10:00",
                "2023-03-12T10:30", "2023-03-12T11:00", "2023-03-12T11:30", "2023-03-12T12:00", "2023-03-12T12:30");

        Axis days = TimelineChart.axis(Instant.parse("2023-03-10T08:00:00Z"), Instant.parse("2023-03-13T20:00:00Z"), ZoneOffset.UTC);
        assertThat(days.step()).isEqualTo(new Step(1, ChronoUnit.DAYS));
        assertThat(tickTimes(days)).containsExactly("2023-03-10T00:00", "2023-03-11T00:00", "2023-03-12T00:00",
                "2023-03-13T00:00", "2023-03-14T00:00");

        Axis months = TimelineChart.axis(Instant.parse("2022-11-20T00:00:00Z"), Instant.parse("2023-04-02T00:00:00Z"), ZoneOffset.UTC);
        assertThat(months.step()).isEqualTo(new Step(1, ChronoUnit.MONTHS));
        assertThat(tickTimes(months)).first().isEqualTo("2022-11-01T00:00");
        assertThat(tickTimes(months)).last().isEqualTo("2023-05-01T00:00");

        Axis weeks = TimelineChart.axis(Instant.parse("2023-03-01T00:00:00Z"), Instant.parse("2023-04-10T00:00:00Z"), ZoneOffset.UTC);
        assertThat(weeks.step()).isEqualTo(new Step(1, ChronoUnit.WEEKS));
        assertThat(weeks.ticks()).allSatisfy(t -> assertThat(t.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
    }

    @Test
    void ticksFollowTheGivenZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin"); // UTC+1 in March before the 26th
        Axis axis = TimelineChart.axis(NINE_TEN, Instant.parse("2023-03-12T12:20:00Z"), berlin);
        assertThat(axis.ticks().getFirst()).isEqualTo(ZonedDateTime.of(2023, 3, 12, 10, 0, 0, 0, berlin));
        assertThat(TimelineChart.when(NINE_TEN, berlin)).isEqualTo("12 Mar 2023, 10:10");
        assertThat(TimelineChart.when(NINE_TEN, ZoneOffset.UTC)).isEqualTo("12 Mar 2023, 09:10");
    }

    @Test
    void tickLabelsNameTheDayAtTheStartAndWhenItChanges() {
        Axis axis = TimelineChart.axis(Instant.parse("2023-03-12T08:00:00Z"), Instant.parse("2023-03-13T20:00:00Z"), ZoneOffset.UTC);
        assertThat(axis.step()).isEqualTo(new Step(6, ChronoUnit.HOURS));
        ZonedDateTime previous = null;
        StringBuilder labels = new StringBuilder();
        for (ZonedDateTime tick : axis.ticks()) {
            String[] label = TimelineChart.tickLabel(axis.step(), tick, previous);
            labels.append(label[0]).append(label[1].isEmpty() ? "" : "/" + label[1]).append(' ');
            previous = tick;
        }
        assertThat(labels.toString().strip()).isEqualTo("06:00/12 Mar 12:00 18:00 00:00/13 Mar 06:00 12:00 18:00 00:00/14 Mar");
    }

    @Test
    void markersSitInProportionToTimeInTheirOutletsRow() {
        List<Point> points = List.of(new Point("Harbour Ledger", Instant.parse("2023-03-12T09:00:00Z"), "First", "a:1"),
                new Point("Northline Radio", Instant.parse("2023-03-12T10:00:00Z"), "Second", "a:2"),
                new Point("Harbour Ledger", Instant.parse("2023-03-12T12:00:00Z"), "Third", "a:3"));
        SvgDom dom = SvgDom.parse(TimelineChart.render("When", "Publication times", points));
        double x1 = num(marker(dom, "a:1"), "cx");
        double x2 = num(marker(dom, "a:2"), "cx");
        double x3 = num(marker(dom, "a:3"), "cx");
        assertThat((x2 - x1) / (x3 - x1)).isCloseTo(1.0 / 3, within(0.001));
        // 09:00..12:00 → step 30 min, ticks 09:00..12:00: first and last points sit on the end ticks
        List<Element> grid = dom.all("//line[contains(@class,'px-chart-grid')]");
        assertThat(grid).hasSize(7);
        assertThat(num(grid.getFirst(), "x1")).isEqualTo(x1);
        assertThat(num(grid.getLast(), "x1")).isEqualTo(x3);
        assertThat(num(grid.getLast(), "x1") - num(grid.getFirst(), "x1")).isEqualTo(TimelineChart.PLOT_WIDTH);
        // rows: the two Harbour Ledger points share a row, Northline's is another
        assertThat(num(marker(dom, "a:1"), "cy")).isEqualTo(num(marker(dom, "a:3"), "cy"));
        assertThat(num(marker(dom, "a:2"), "cy")).isGreaterThan(num(marker(dom, "a:1"), "cy"));
        assertThat(dom.texts("//text[contains(@class,'px-chart-series')]/tspan")).containsExactly("Harbour Ledger", "Northline Radio");
        assertThat(dom.texts("//a[contains(@class,'px-chart-point')]/text")).containsExactly("1", "3", "2");
        assertThat(dom.root().getTextContent()).contains("Time (UTC)");
    }

    @Test
    void aSinglePointOrAllAtOneTimeStillDrawInTheMiddle() {
        SvgDom one = SvgDom.parse(TimelineChart.render("When", "d", List.of(new Point("A", NINE_TEN, "Only", "a:1"))));
        List<Element> grid = one.all("//line[contains(@class,'px-chart-grid')]");
        double middle = (num(grid.getFirst(), "x1") + num(grid.getLast(), "x1")) / 2;
        assertThat(grid.size()).isBetween(2, TimelineChart.MAX_TICKS);
        assertThat(num(marker(one, "a:1"), "cx")).isCloseTo(middle, within(TimelineChart.PLOT_WIDTH / 10.0));

        SvgDom same = SvgDom.parse(TimelineChart.render("When", "d", List.of(new Point("A", NINE_TEN, "x", "a:1"),
                new Point("A", NINE_TEN, "y", "a:2"), new Point("B", NINE_TEN, "z", "a:3"))));
        // two at one time in one row stack in lanes instead of covering each other
        assertThat(num(marker(same, "a:1"), "cx")).isEqualTo(num(marker(same, "a:2"), "cx"));
        assertThat(Math.abs(num(marker(same, "a:1"), "cy") - num(marker(same, "a:2"), "cy")))
                .isGreaterThanOrEqualTo(2 * TimelineChart.MARKER_RADIUS);
        assertThat(num(marker(same, "a:3"), "cy")).isGreaterThan(num(marker(same, "a:2"), "cy"));
    }

    @Test
    void undatedArticlesGetTheirOwnRowAndComeLastInTheKey() {
        List<Point> points = List.of(new Point("Northline Radio", null, "Letters on the rescue", "a:9"),
                new Point("Harbour Ledger", NINE_TEN, "Lighthouse keeper pulls two kayakers from the water", "a:1"));
        SvgDom dom = SvgDom.parse(TimelineChart.render("When", "d", points));
        assertThat(dom.root().getTextContent()).contains("Undated");
        Element undated = dom.one("//a[@data-evidence='a:9' and contains(@class,'px-chart-undated')]");
        assertThat(undated.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("2");
        assertThat(dom.all("//a[contains(@class,'px-chart-key')]")).extracting(a -> a.getAttribute("data-evidence"))
                .containsExactly("a:1", "a:9");
        assertThat(dom.texts("//a[contains(@class,'px-chart-key')]/text[2]")).containsExactly(
                "Harbour Ledger · 12 Mar 2023, 09:10 · Lighthouse keeper pulls two kayakers from the water",
                "Northline Radio · undated · Letters on the rescue");

        SvgDom onlyUndated = SvgDom.parse(TimelineChart.render("When", "d", List.of(points.getFirst())));
        assertThat(onlyUndated.all("//line[contains(@class,'px-chart-grid')]")).isEmpty();
        assertThat(onlyUndated.all("//a[@data-evidence='a:9']")).hasSize(2);
    }

    @Test
    void noArticlesDrawsAnExplanationInsteadOfFailing() {
        SvgDom dom = SvgDom.parse(TimelineChart.render("When", "d", List.of()));
        assertThat(dom.root().getAttribute("role")).isEqualTo("img");
        assertThat(dom.root().getTextContent()).contains("No articles to place on the timeline");
    }
}
