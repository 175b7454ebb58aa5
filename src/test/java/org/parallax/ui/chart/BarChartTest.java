package org.parallax.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.parallax.ui.chart.SvgDom.num;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ui.chart.BarChart.Bar;
import org.parallax.ui.chart.BarChart.Group;
import org.w3c.dom.Element;

class BarChartTest {

    static final List<Bar> MIXED = List.of(new Bar("blockade", 4, "count 12", "w:blockade"),
            new Bar("corridor", 2, "count 7", "w:corridor"), new Bar("checkpoint", -1, null, "w:checkpoint"));

    private static Element bar(SvgDom dom, String key) {
        return dom.one("//a[@data-evidence='" + key + "']/rect[contains(@class,'px-chart-bar-shape')]");
    }

    private static double zeroX(SvgDom dom) {
        Element zero = dom.one("//line[contains(@class,'px-chart-zero')]");
        assertThat(num(zero, "x1")).isEqualTo(num(zero, "x2"));
        return num(zero, "x1");
    }

    @Test
    void barLengthsAreProportionalToValuesAndMeetAtTheZeroLine() {
        SvgDom dom = SvgDom.parse(BarChart.render("Words", "z-scores", MIXED));
        Element four = bar(dom, "w:blockade");
        Element two = bar(dom, "w:corridor");
        Element minusOne = bar(dom, "w:checkpoint");
        double zero = zeroX(dom);

        assertThat(num(four, "width") / num(two, "width")).isCloseTo(2.0, within(0.01));
        assertThat(num(minusOne, "width") / num(four, "width")).isCloseTo(0.25, within(0.01));
        // domain [-1, 4] spans the plot: the two extremes fill it, and zero sits a fifth of the way in
        assertThat(num(four, "width") + num(minusOne, "width")).isCloseTo(BarChart.PLOT_WIDTH, within(0.02));
        assertThat(zero - num(minusOne, "x")).isCloseTo(BarChart.PLOT_WIDTH / 5.0, within(0.02));
        // positives start at zero, negatives end there
        assertThat(num(four, "x")).isCloseTo(zero, within(0.01));
        assertThat(num(two, "x")).isCloseTo(zero, within(0.01));
        assertThat(num(minusOne, "x") + num(minusOne, "width")).isCloseTo(zero, within(0.01));
        // one row per bar, evenly spaced, in the given order
        assertThat(num(two, "y") - num(four, "y")).isEqualTo(BarChart.ROW_HEIGHT);
        assertThat(num(minusOne, "y") - num(two, "y")).isEqualTo(BarChart.ROW_HEIGHT);
    }

    @Test
    void valuesAreSignedAndPrintedAtTheBarEndInTwoColours() {
        SvgDom dom = SvgDom.parse(BarChart.render("Words", "z-scores", MIXED));
        Element positive = dom.one("//a[@data-evidence='w:blockade']/text[contains(@class,'px-chart-value')]");
        Element negative = dom.one("//a[@data-evidence='w:checkpoint']/text[contains(@class,'px-chart-value')]");
        assertThat(positive.getTextContent()).isEqualTo("+4.00 · count 12");
        assertThat(negative.getTextContent()).isEqualTo("−1.00");
        Element four = bar(dom, "w:blockade");
        Element minusOne = bar(dom, "w:checkpoint");
        assertThat(num(positive, "x")).isGreaterThan(num(four, "x") + num(four, "width"));
        assertThat(positive.getAttribute("text-anchor")).isEqualTo("start");
        assertThat(num(negative, "x")).isLessThan(num(minusOne, "x"));
        assertThat(negative.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(four.getAttribute("fill")).isEqualTo(ChartColors.hex(ChartColors.POSITIVE));
        assertThat(minusOne.getAttribute("fill")).isEqualTo(ChartColors.hex(ChartColors.NEGATIVE));
        assertThat(four.getAttribute("fill")).isNotEqualTo(minusOne.getAttribute("fill"));
        assertThat(dom.one("//a[@data-evidence='w:checkpoint']").getAttribute("class")).contains("px-chart-negative");
        assertThat(BarChart.signed(0.001)).isEqualTo("0.00");
        assertThat(BarChart.signed(-0.004)).isEqualTo("0.00");
        assertThat(BarChart.signed(1.005)).isEqualTo("+1.01");
    }

    @Test
    void allPositiveBarsStartAtTheLeftOfThePlot() {
        SvgDom dom = SvgDom.parse(BarChart.render("Words", "counts",
                List.of(new Bar("a", 3, null, "a"), new Bar("b", 1, null, "b"))));
        double zero = zeroX(dom);
        assertThat(num(bar(dom, "a"), "x")).isEqualTo(zero);
        assertThat(num(bar(dom, "a"), "width")).isCloseTo(BarChart.PLOT_WIDTH, within(0.01));
        assertThat(num(bar(dom, "b"), "width")).isCloseTo(BarChart.PLOT_WIDTH / 3.0, within(0.01));
    }

    @Test
    void allZeroValuesDrawZeroLengthBarsAroundACentredZero() {
        SvgDom dom = SvgDom.parse(BarChart.render("Words", "z", List.of(new Bar("a", 0, null, "a"))));
        assertThat(num(bar(dom, "a"), "width")).isZero();
        assertThat(dom.one("//a[@data-evidence='a']/text[contains(@class,'px-chart-value')]").getTextContent()).isEqualTo("0.00");
    }

    @Test
    void groupsShareOneScaleUnderTheirHeadings() {
        SvgDom dom = SvgDom.parse(BarChart.renderGrouped("Words", "z", List.of(
                new Group("Harbour Ledger", List.of(new Bar("blockade", 2, null, "h:b"))),
                new Group("Northline Radio", List.of(new Bar("checkpoint", 1, null, "n:c"))),
                new Group("Quiet Weekly", List.of()))));
        assertThat(dom.texts("//text[contains(@class,'px-chart-heading')]/tspan"))
                .containsExactly("Harbour Ledger", "Northline Radio", "Quiet Weekly");
        assertThat(num(bar(dom, "h:b"), "width")).isCloseTo(2 * num(bar(dom, "n:c"), "width"), within(0.01));
        assertThat(num(bar(dom, "n:c"), "y")).isGreaterThan(num(bar(dom, "h:b"), "y") + BarChart.ROW_HEIGHT);
        assertThat(dom.root().getTextContent()).contains("none");
    }

    @Test
    void noBarsDrawsAnExplanationInsteadOfFailing() {
        SvgDom dom = SvgDom.parse(BarChart.renderGrouped("Words", "z", List.of(new Group("A", List.of()))));
        assertThat(dom.root().getAttribute("role")).isEqualTo("img");
        assertThat(dom.root().getTextContent()).contains("No values to chart");
        assertThat(SvgDom.parse(BarChart.render("Words", "z", List.of())).root().getTextContent()).contains("No values to chart");
    }

    @Test
    void nonFiniteValuesAreRefused() {
        assertThatThrownBy(() -> new Bar("x", Double.NaN, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bar("x", Double.POSITIVE_INFINITY, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
