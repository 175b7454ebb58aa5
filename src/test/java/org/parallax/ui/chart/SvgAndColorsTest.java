package org.parallax.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Escaping, the chart frame every builder shares, and the WCAG colour arithmetic. */
class SvgAndColorsTest {

    static final String HOSTILE = "<script>alert(\"x\")</script> & 'Tom' \"Jerry\" </svg><svg onload=alert(1)>";

    @Test
    void hostileLabelsAndKeysStayText() {
        String hostileKey = "k\" onmouseover=\"alert(1)&<>";
        SvgMarkup markup = BarChart.render(HOSTILE, HOSTILE, List.of(new BarChart.Bar(HOSTILE, 1.5, HOSTILE, hostileKey)));
        assertThat(markup.markup()).doesNotContain("<script").doesNotContain("<svg onload").doesNotContain("'Tom'");

        SvgDom dom = SvgDom.parse(markup);
        assertThat(dom.all("//script")).isEmpty();
        assertThat(dom.all("//*[@onmouseover or @onload]")).isEmpty();
        assertThat(dom.all("//svg")).hasSize(1);
        assertThat(dom.one("/svg/title").getTextContent()).isEqualTo(HOSTILE);
        Element link = dom.one("//a");
        assertThat(link.getAttribute("data-evidence")).isEqualTo(hostileKey);
        assertThat(link.getAttribute("href")).isEqualTo("?evidence=k%22+onmouseover%3D%22alert%281%29%26%3C%3E");
        assertThat(link.getAttribute("aria-label")).startsWith(HOSTILE);
    }

    @Test
    void escapingDropsWhatXmlCannotHoldAndKeepsEmoji() {
        assertThat(Svg.escape("a\u0000b\u0007c\td\uD800e 😀 &")).isEqualTo("abc\tde 😀 &amp;");
        SvgDom.parse(HeatmapChart.render("t\u0001", "d", List.of("A\u000b"), List.of("B"), List.of()));
    }

    @Test
    void everyChartScalesAndNamesItself() {
        for (SvgMarkup markup : List.of(
                HeatmapChart.render("Overlap", "Shared sentences", List.of("A"), List.of("B"),
                        List.of(new HeatmapChart.Cell(0, 0, 0.5, "k"))),
                BarChart.render("Words", "z-scores", List.of(new BarChart.Bar("w", 1, null, "k"))),
                TimelineChart.render("When", "Publication times", List.of(new TimelineChart.Point("A", null, "h", "k"))))) {
            SvgDom dom = SvgDom.parse(markup);
            Element svg = dom.root();
            assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+(\\.\\d+)? \\d+(\\.\\d+)?");
            assertThat(svg.hasAttribute("width")).isFalse();
            assertThat(svg.getAttribute("role")).isEqualTo("group");
            String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
            assertThat(dom.one("/svg/title").getAttribute("id")).isEqualTo(labelledBy[0]);
            assertThat(dom.one("/svg/desc").getAttribute("id")).isEqualTo(labelledBy[1]);
            for (Element link : dom.all("//a")) {
                assertThat(link.getAttribute("tabindex")).isEqualTo("0");
                assertThat(link.getAttribute("href")).isEqualTo("?evidence=k");
                assertThat(link.getAttribute("data-evidence")).isEqualTo("k");
                assertThat(link.getAttribute("aria-label")).isNotBlank();
            }
        }
    }

    @Test
    void truncationKeepsShortLabelsAndCutsLongOnesWithAnEllipsis() {
        assertThat(Svg.truncate("  Harbour   Ledger ", 18)).isEqualTo("Harbour Ledger");
        assertThat(Svg.truncate("The Very Long Name of an Outlet", 10)).isEqualTo("The Very…");
        assertThat(Svg.truncate("😀😀😀😀😀", 3)).isEqualTo("😀😀…");
        assertThat(Svg.num(12.0)).isEqualTo("12");
        assertThat(Svg.num(12.5)).isEqualTo("12.5");
        assertThat(Svg.num(1.0 / 3)).isEqualTo("0.33");
        assertThat(Svg.num(-0.004)).isEqualTo("0");
    }

    @Test
    void wcagFormulaGivesThePublishedValues() {
        assertThat(ChartColors.relativeLuminance(0xffffff)).isEqualTo(1.0);
        assertThat(ChartColors.relativeLuminance(0x000000)).isEqualTo(0.0);
        assertThat(ChartColors.contrastRatio(0x000000, 0xffffff)).isEqualTo(21.0);
        assertThat(ChartColors.contrastRatio(0x777777, 0xffffff)).isCloseTo(4.48, within(0.01)); // the famous just-fails grey
        assertThat(ChartColors.contrastRatio(0x767676, 0xffffff)).isCloseTo(4.54, within(0.01)); // and its passing neighbour
        assertThat(ChartColors.contrastRatio(0xffffff, 0x777777)).isEqualTo(ChartColors.contrastRatio(0x777777, 0xffffff));
    }

    @Test
    void cellTextMeetsAaOnEveryColourOfTheScale() {
        double worst = Double.MAX_VALUE;
        double previousLuminance = 2;
        for (int i = 0; i <= 1000; i++) {
            int fill = ChartColors.sequential(i / 1000.0);
            worst = Math.min(worst, ChartColors.contrastRatio(fill, ChartColors.textOn(fill)));
            double luminance = ChartColors.relativeLuminance(fill);
            assertThat(luminance).as("the scale darkens monotonically (prints in order)").isLessThanOrEqualTo(previousLuminance);
            previousLuminance = luminance;
        }
        assertThat(worst).isGreaterThanOrEqualTo(4.5);
        assertThat(ChartColors.sequential(0)).isEqualTo(0xf7fbff);
        assertThat(ChartColors.sequential(1)).isEqualTo(0x08306b);
        assertThat(ChartColors.sequential(2)).isEqualTo(0x08306b);
        assertThat(ChartColors.sequential(Double.NaN)).isEqualTo(0xf7fbff);
    }

    @Test
    void fixedTextColoursMeetAaAndBarsStandOut() {
        assertThat(ChartColors.contrastRatio(ChartColors.TEXT, ChartColors.WHITE)).isGreaterThanOrEqualTo(4.5);
        assertThat(ChartColors.contrastRatio(ChartColors.SECONDARY_TEXT, ChartColors.WHITE)).isGreaterThanOrEqualTo(4.5);
        assertThat(ChartColors.contrastRatio(ChartColors.MUTED_TEXT, ChartColors.MUTED_FILL)).isGreaterThanOrEqualTo(4.5);
        assertThat(ChartColors.contrastRatio(ChartColors.WHITE, ChartColors.MARKER)).isGreaterThanOrEqualTo(4.5);
        // bars and markers are graphics: WCAG 1.4.11 asks 3:1 against the background
        assertThat(ChartColors.contrastRatio(ChartColors.POSITIVE, ChartColors.WHITE)).isGreaterThanOrEqualTo(3);
        assertThat(ChartColors.contrastRatio(ChartColors.NEGATIVE, ChartColors.WHITE)).isGreaterThanOrEqualTo(3);
        assertThat(ChartColors.hex(0x08306b)).isEqualTo("#08306b");
    }
}
