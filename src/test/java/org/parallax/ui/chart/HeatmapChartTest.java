package org.parallax.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ui.chart.SvgDom.num;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ui.chart.HeatmapChart.Cell;
import org.w3c.dom.Element;

class HeatmapChartTest {

    static final List<String> OUTLETS = List.of("Harbour Ledger", "Northline Radio", "Quiet Weekly");

    static List<Cell> offDiagonal() {
        return List.of(new Cell(0, 1, 0.42, "o:0:1"), new Cell(0, 2, 0.08, "o:0:2"), new Cell(1, 0, 0.35, "o:1:0"),
                new Cell(1, 2, 0.5, "o:1:2"), new Cell(2, 0, 0.91, "o:2:0"), new Cell(2, 1, 0.0, "o:2:1"));
    }

    @Test
    void eachCellPrintsItsValueOnItsScaleColourAndLinksToItsEvidence() {
        SvgDom dom = SvgDom.parse(HeatmapChart.render("Overlap", "Shared sentences", OUTLETS, OUTLETS, offDiagonal()));

        List<Element> links = dom.all("//a[contains(@class,'px-chart-cell')]");
        assertThat(links).extracting(a -> a.getAttribute("data-evidence"))
                .containsExactly("o:0:1", "o:0:2", "o:1:0", "o:1:2", "o:2:0", "o:2:1");
        Element cell = dom.one("//a[@data-evidence='o:0:1']");
        assertThat(cell.getAttribute("href")).isEqualTo("?evidence=o%3A0%3A1");
        assertThat(cell.getAttribute("aria-label")).isEqualTo("Harbour Ledger × Northline Radio: 0.42");
        Element rect = dom.one("//a[@data-evidence='o:0:1']/rect");
        Element text = dom.one("//a[@data-evidence='o:0:1']/text");
        assertThat(text.getTextContent()).isEqualTo("0.42");
        int fill = ChartColors.sequential(0.42);
        assertThat(rect.getAttribute("fill")).isEqualTo(ChartColors.hex(fill));
        assertThat(text.getAttribute("fill")).isEqualTo(ChartColors.hex(ChartColors.textOn(fill)));

        // dark cell gets white text, light cell black, each at least 4.5:1 as drawn
        assertThat(dom.one("//a[@data-evidence='o:2:0']/text").getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(dom.one("//a[@data-evidence='o:2:1']/text").getAttribute("fill")).isEqualTo("#000000");
        for (Element link : links) {
            int background = Integer.parseInt(((Element) link.getElementsByTagName("rect").item(0)).getAttribute("fill").substring(1), 16);
            int foreground = Integer.parseInt(((Element) link.getElementsByTagName("text").item(0)).getAttribute("fill").substring(1), 16);
            assertThat(ChartColors.contrastRatio(background, foreground)).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void cellsSitOnAGridOfFixedPitch() {
        SvgDom dom = SvgDom.parse(HeatmapChart.render("Overlap", "d", OUTLETS, OUTLETS, offDiagonal()));
        Element r0c1 = dom.one("//a[@data-evidence='o:0:1']/rect");
        Element r0c2 = dom.one("//a[@data-evidence='o:0:2']/rect");
        Element r1c2 = dom.one("//a[@data-evidence='o:1:2']/rect");
        Element r2c1 = dom.one("//a[@data-evidence='o:2:1']/rect");
        assertThat(num(r0c2, "x") - num(r0c1, "x")).isEqualTo(HeatmapChart.CELL_WIDTH);
        assertThat(num(r1c2, "y") - num(r0c2, "y")).isEqualTo(HeatmapChart.CELL_HEIGHT);
        assertThat(num(r2c1, "x")).isEqualTo(num(r0c1, "x"));
        assertThat(num(r2c1, "y") - num(r0c1, "y")).isEqualTo(2 * HeatmapChart.CELL_HEIGHT);
        // cells lie inside the viewBox
        String[] viewBox = dom.root().getAttribute("viewBox").split(" ");
        assertThat(num(r1c2, "x") + num(r1c2, "width")).isLessThanOrEqualTo(Double.parseDouble(viewBox[2]));
    }

    @Test
    void diagonalIsMutedAndMissingCellsSayNa() {
        List<Cell> cells = offDiagonal().stream().filter(c -> !(c.row() == 1 && c.column() == 2)).toList();
        SvgDom dom = SvgDom.parse(HeatmapChart.render("Overlap", "d", OUTLETS, OUTLETS, cells));
        assertThat(dom.texts("//g[contains(@class,'px-chart-muted')]/text")).containsExactly("—", "—", "n/a", "—");
        assertThat(dom.all("//a")).hasSize(5);
        assertThat(dom.all("//g[contains(@class,'px-chart-muted')]/rect"))
                .allSatisfy(r -> assertThat(r.getAttribute("fill")).isEqualTo(ChartColors.hex(ChartColors.MUTED_FILL)));
    }

    @Test
    void rectangularMatrixHasNoDiagonal() {
        SvgDom dom = SvgDom.parse(HeatmapChart.render("Frames", "d", List.of("A", "B"), List.of("Economic", "Security", "Legal"),
                List.of(new Cell(0, 0, 0.2, "f:0:0"), new Cell(1, 1, 0.7, "f:1:1"))));
        assertThat(dom.all("//a")).hasSize(2);
        assertThat(dom.texts("//g[contains(@class,'px-chart-muted')]/text")).containsOnly("n/a").hasSize(4);
    }

    @Test
    void longLabelsAreCutWithTheFullTextInATitle() {
        String longName = "The Brennock & District Evening Chronicle";
        SvgDom dom = SvgDom.parse(HeatmapChart.render("Overlap", "d", List.of(longName, "B"), List.of(longName, "B"),
                List.of(new Cell(0, 1, 0.3, "k"))));
        assertThat(dom.texts("//g[contains(@class,'px-chart-labels')]/text/tspan"))
                .contains("The Brennock & Di…").allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(HeatmapChart.LABEL_CHARS));
        assertThat(dom.texts("//g[contains(@class,'px-chart-labels')]/text/title")).contains(longName);
        // the long column label is drawn rotated
        assertThat(dom.all("//g[contains(@class,'px-chart-labels')]/text[@transform]")).hasSize(2);
    }

    @Test
    void nothingToCompareDrawsAnExplanationInsteadOfFailing() {
        SvgDom dom = SvgDom.parse(HeatmapChart.render("Overlap", "Shared sentences", List.of(), List.of(), List.of()));
        assertThat(dom.root().getAttribute("role")).isEqualTo("img");
        assertThat(dom.root().getAttribute("viewBox")).isNotBlank();
        assertThat(dom.root().getTextContent()).contains("Nothing to compare yet");
        assertThat(dom.all("//a")).isEmpty();
    }

    @Test
    void cellsOutsideTheMatrixOrTwiceAtOnePlaceAreRefused() {
        assertThatThrownBy(() -> HeatmapChart.render("t", "d", OUTLETS, OUTLETS, List.of(new Cell(3, 0, 0.1, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> HeatmapChart.render("t", "d", OUTLETS, OUTLETS,
                List.of(new Cell(0, 1, 0.1, null), new Cell(0, 1, 0.2, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two cells");
    }

    @Test
    void cellWithoutEvidenceIsNotALink() {
        SvgDom dom = SvgDom.parse(HeatmapChart.render("t", "d", List.of("A"), List.of("B"), List.of(new Cell(0, 0, 0.6, null))));
        assertThat(dom.all("//a")).isEmpty();
        assertThat(dom.texts("//g[contains(@class,'px-chart-cell')]/text")).containsExactly("0.60");
    }
}
