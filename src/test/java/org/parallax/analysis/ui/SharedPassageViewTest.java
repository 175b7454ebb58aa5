package org.parallax.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.ViaductFixture;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportService;
import org.parallax.ui.KaribuViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12's example in the comparison view: the Overlap tab lists each passage's copies by kind, the columns draw them apart. */
class SharedPassageViewTest extends KaribuViewTest {

    @Autowired ImportService imports;
    @Autowired EventService events;
    ViaductFixture f;
    ComparisonView view;

    @BeforeEach
    void open() throws Exception {
        f = ViaductFixture.load(imports, events);
        UI.getCurrent().navigate("events/" + f.eventId + "/compare");
        view = _get(ComparisonView.class);
    }

    @Test
    void theOverlapTabListsEachCopyWithItsOutletAndKind() {
        view.tabs().setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withId("passages-grid"));
        String copies = GridKt._getCellComponent(grid, 0, "copies").getElement().getTextRecursively();
        assertThat(copies).contains("Marrow Evening Post \u00b7 main form", "Valley Courier \u00b7 word for word",
                "Regional Herald \u00b7 with edits", "Marrow Standard \u00b7 in part", "Steyning Gazette \u00b7 in part");

        Button herald = _find((Div) GridKt._getCellComponent(grid, 0, "copies"), Button.class).stream()
                .filter(b -> b.getText().startsWith("Regional Herald")).findFirst().orElseThrow();
        assertThat(herald.getClassNames()).contains("px-hl-edited");
        _click(herald);
        String evidence = _get(EvidencePanel.class, s -> s.withId("evidence-dialog-panel")).getElement().getTextRecursively();
        assertThat(evidence).contains("with edits", "Regional Herald", "will run on a long diversion")
                .doesNotContain("Valley Courier:");
    }

    @Test
    void theColumnsDrawTheThreeKindsApartWithALegend() {
        view.toggle(HighlightMode.SHARED).setValue(true);
        assertThat(classesOfMarks(f.courier)).allSatisfy(c -> assertThat(c).contains("px-hl-verbatim"));
        assertThat(classesOfMarks(f.herald)).allSatisfy(c -> assertThat(c).contains("px-hl-edited"));
        assertThat(classesOfMarks(f.standard)).isNotEmpty().allSatisfy(c -> assertThat(c).contains("px-hl-partial"));
        String legend = _get(Div.class, s -> s.withId("copy-legend")).getElement().getTextRecursively();
        assertThat(legend).contains("word for word", "with edits", "in part");
        assertThat(_find(Span.class, s -> s.withClasses("px-copy-sample"))).extracting(s -> s.getElement().getAttribute("title"))
                .containsExactly("Solid underline: the same words as the passage", "Dashed underline: most of the passage, changed",
                        "Dotted underline: only a phrase or part of the passage");
    }

    private List<java.util.Set<String>> classesOfMarks(long articleId) {
        return _find(Span.class, s -> s.withClasses("px-mark")).stream()
                .filter(s -> String.valueOf(articleId).equals(s.getElement().getAttribute("data-article")))
                .map(s -> (java.util.Set<String>) s.getClassNames()).toList();
    }
}
