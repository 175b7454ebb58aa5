package org.parallax.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.ComparisonFixture;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.ui.KaribuViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Framing tab on the original headline fixture: a name used only in a headline shows as a
 * headline use and opens the headline; each marker category has its one-line explanation and its
 * method one click further.
 */
class FramingHeadlinesViewTest extends KaribuViewTest {

    @Autowired ImportService imports;
    @Autowired EventService events;
    long courier;
    long ledger;

    @BeforeEach
    void open() throws Exception {
        ImportReport report;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/compare/headline-names.jsonl")) {
            report = imports.importStream("headline-names.jsonl", in, null);
        }
        courier = report.articleIds().get(0);
        ledger = report.articleIds().get(1);
        long event = ComparisonFixture.oneEvent(events, report.articleIds());
        UI.getCurrent().navigate("events/" + event + "/compare");
        _get(ComparisonView.class).tabs().setSelectedIndex(2);
    }

    @Test
    void theLabelsTableShowsAHeadlineUseAndItsEvidenceIsTheHeadline() {
        @SuppressWarnings("unchecked")
        Grid<Object> labels = _get(Grid.class, s -> s.withId("labels-grid"));
        int region = -1;
        for (int row = 0; row < GridKt._size(labels); row++) {
            Object cell = GridKt._getCellComponent(labels, row, "article-" + courier);
            if (cell instanceof Button b && b.getText().contains("Artsakh (headline)")) {
                region = row;
            }
        }
        assertThat(region).as("a row shows Artsakh (headline) for the Highland Courier").isNotNegative();
        Button figure = (Button) GridKt._getCellComponent(labels, region, "article-" + courier);
        assertThat(figure.getText()).contains("Nagorno-Karabakh");
        _click(figure);
        String evidence = _get(EvidencePanel.class, s -> s.withId("evidence-dialog-panel")).getElement().getTextRecursively();
        assertThat(evidence).contains("Highland Courier (headline): Artsakh hospitals run short as the blockade drags on",
                "Highland Courier: Hospitals in Nagorno-Karabakh");
    }

    @Test
    void eachCategoryHasAPlainExplanationAndItsMethodOneClickFurther() {
        String legend = _get(Div.class, s -> s.withId("marker-categories")).getElement().getTextRecursively();
        assertThat(legend).contains("Hedges: Words that soften", "Hyland 2005", "Intensifiers:", "Recasens");
        @SuppressWarnings("unchecked")
        Grid<Object> markers = _get(Grid.class, s -> s.withId("markers-grid"));
        List<String> hedges = List.of(((Button) GridKt._getCellComponent(markers, 1, "hedges")).getText());
        assertThat(hedges.getFirst()).isEqualTo("1: allegedly (headline)");
    }
}
