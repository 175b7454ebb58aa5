package org.parallax.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.ComparisonFixture;
import org.parallax.event.EventService;
import org.parallax.event.ui.EventView;
import org.parallax.ingest.ImportService;
import org.parallax.ui.KaribuViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The comparison view as a user works it: toggles, columns, counterparts and evidence. */
class ComparisonViewTest extends KaribuViewTest {

    @Autowired ImportService imports;
    @Autowired EventService events;
    ComparisonFixture f;
    ComparisonView view;

    @BeforeEach
    void open() throws Exception {
        f = ComparisonFixture.load(imports, events);
        UI.getCurrent().navigate("events/" + f.eventId + "/compare");
        view = _get(ComparisonView.class);
    }

    @Test
    void showsOneColumnPerArticleWithItsHeadlineAndAllHeadlinesTogether() {
        assertThat(view.columns().visibleColumns()).containsExactly(f.ledger, f.coastline, f.mercury);
        String strip = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("headline-strip")).getElement().getTextRecursively();
        assertThat(strip).contains("Dock workers strike at Port Meridian", "Meridian dockers walk out over night pay",
                "A quiet Monday on the Meridian docks");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("column-" + f.coastline)).getElement()
                .getTextRecursively()).contains("Coastline Daily", "Port officials admitted that the closure would cost millions.");
    }

    @Test
    void togglingSharedPassagesMarksThemInTheColumnsThatShareThem() {
        assertThat(marks(f.ledger)).isEmpty();
        view.toggle(HighlightMode.SHARED).setValue(true);
        assertThat(view.columns().markCount(f.ledger, HighlightMode.SHARED)).isPositive();
        assertThat(view.columns().markCount(f.coastline, HighlightMode.SHARED)).isPositive();
        assertThat(view.columns().markCount(f.mercury, HighlightMode.SHARED)).isPositive();
        assertThat(marks(f.mercury)).extracting(Span::getText)
                .containsExactly("Harbour master Ivo Brant said ships would be diverted to Calder Bay");

        view.toggle(HighlightMode.SHARED).setValue(false);
        assertThat(marks(f.ledger)).isEmpty();
    }

    @Test
    void eachModeMarksWhatItNames() {
        view.toggle(HighlightMode.QUOTES).setValue(true);
        assertThat(marks(f.coastline)).extracting(Span::getText).containsExactly("We will stay out until the offer is fair,");
        view.toggle(HighlightMode.QUOTES).setValue(false);

        view.toggle(HighlightMode.HEDGES).setValue(true);
        assertThat(marks(f.ledger)).extracting(Span::getText).contains("so-called", "allegedly");
        view.toggle(HighlightMode.HEDGES).setValue(false);

        view.toggle(HighlightMode.LABELS).setValue(true);
        assertThat(marks(f.ledger)).extracting(Span::getText).contains("blockade");
        assertThat(marks(f.coastline)).extracting(Span::getText).contains("closure");
        view.toggle(HighlightMode.LABELS).setValue(false);

        view.toggle(HighlightMode.UNIQUE).setValue(true);
        assertThat(marks(f.mercury)).extracting(Span::getText).contains("Shop owners near the harbour worried about the stoppage.")
                .doesNotContain("Harbour master Ivo Brant said ships would be diverted to Calder Bay.");
        view.toggle(HighlightMode.UNIQUE).setValue(false);

        view.toggle(HighlightMode.ACTORS).setValue(true);
        assertThat(marks(f.mercury)).extracting(Span::getText).contains("Mara Quell");
    }

    @Test
    void selectingAPassageMarksItsCounterpartsAndListsThem() {
        view.toggle(HighlightMode.SHARED).setValue(true);
        Span inMercury = marks(f.mercury).getFirst();
        view.columns().select(inMercury.getElement().getAttribute("data-key"));
        assertThat(inMercury.getClassNames()).contains("px-focus");
        assertThat(marks(f.ledger)).filteredOn(s -> s.getClassNames().contains("px-focus")).extracting(Span::getText)
                .containsExactly("Harbour master Ivo Brant said ships would be diverted to Calder Bay");
        String selection = _get(EvidencePanel.class, s -> s.withId("selection")).getElement().getTextRecursively();
        assertThat(selection).contains("Northern Ledger", "Meridian Mercury", "also in");
    }

    @Test
    void columnsCanBeHiddenAndMoved() {
        view.columns().move(f.mercury, -1);
        assertThat(view.columns().visibleColumns()).containsExactly(f.ledger, f.mercury, f.coastline);
        _click(_get(Button.class, s -> s.withId("hide-" + f.ledger)));
        assertThat(view.columns().visibleColumns()).containsExactly(f.mercury, f.coastline);
        view.columns().setVisible(Set.of(f.ledger, f.mercury, f.coastline));
        assertThat(view.columns().visibleColumns()).containsExactly(f.ledger, f.mercury, f.coastline);
    }

    @Test
    void everyFigureOpensTheSentencesItCounts() {
        view.tabs().setSelectedIndex(3);
        // Mercury leaves out the figure 1,200 that the Ledger and Coastline both give.
        com.vaadin.flow.component.html.ListItem number = _find(com.vaadin.flow.component.html.ListItem.class).stream()
                .filter(li -> li.getElement().getTextRecursively().startsWith("number 1,200")).findFirst().orElseThrow();
        _click(_get(number, Button.class, s -> s.withClasses("px-figure")));
        Dialog dialog = _get(Dialog.class);
        String text = _get(EvidencePanel.class, s -> s.withId("evidence-dialog-panel")).getElement().getTextRecursively();
        assertThat(text).contains("Number missing from Meridian Mercury", "Northern Ledger: The union said 1,200 members",
                "Coastline Daily: The union said 1,200 members");
        _click(_get(Button.class, s -> s.withId("evidence-close")));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void helpExplainsEachMeasureWithItsReference() {
        _click(_get(Button.class, s -> s.withId("compare-help")));
        String help = _get(ComparisonHelp.class).getElement().getTextRecursively();
        assertThat(help).contains("Monroe, Colaresi and Quinn 2008", "Boydstun", "cosine");
    }

    @Test
    void theEventPageLinksHereAndAnUnknownEventIsNotFound() {
        UI.getCurrent().navigate(EventView.class, new com.vaadin.flow.router.RouteParameters("eventId", String.valueOf(f.eventId)));
        assertThat(_get(Anchor.class, s -> s.withId("compare-link")).getHref()).isEqualTo("events/" + f.eventId + "/compare");
    }

    @Test
    void aLinkCanOpenWithHighlightsOn() {
        UI.getCurrent().navigate("events/" + f.eventId + "/compare",
                com.vaadin.flow.router.QueryParameters.of(ComparisonView.HIGHLIGHT, "quotes,hedges"));
        ComparisonView v = _get(ComparisonView.class);
        assertThat(v.columns().modes()).containsExactlyInAnyOrder(HighlightMode.QUOTES, HighlightMode.HEDGES);
    }

    @Test
    void aChartElementsLinkOpensItsEvidence() {
        UI.getCurrent().navigate("events/" + f.eventId + "/compare",
                com.vaadin.flow.router.QueryParameters.of(ComparisonView.EVIDENCE, "pair:" + f.ledger + ":" + f.coastline));
        String text = _get(EvidencePanel.class, s -> s.withId("evidence-dialog-panel")).getElement().getTextRecursively();
        assertThat(text).contains("Similarity", "Northern Ledger and Coastline Daily", "The words that contribute most");
    }

    @Test
    void aSingleArticleEventSaysHowToGetSomethingToCompare() {
        long alone = events.split(f.eventId, List.of(f.mercury)).id();
        UI.getCurrent().navigate("events/" + alone + "/compare");
        assertThat(_get(org.parallax.ui.EmptyState.class).getElement().getTextRecursively())
                .contains("Only one article in this event", "Merge another event into this one", "related coverage");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("compare-related-link")).getHref())
                .isEqualTo("events/" + alone + "#related");
    }

    @Test
    void theOmissionsTabSaysWhichArticlesWereLeftOutAndWhy() throws Exception {
        List<Long> ids;
        try (var in = getClass().getResourceAsStream("/fixtures/compare/bridge-convoy.jsonl")) {
            ids = imports.importStream("bridge-convoy.jsonl", in, null).articleIds();
        }
        long event = ComparisonFixture.oneEvent(events, ids);
        UI.getCurrent().navigate("events/" + event + "/compare");
        _get(com.vaadin.flow.component.tabs.TabSheet.class, s -> s.withId("compare-tabs")).setSelectedIndex(3);
        String note = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("omissions-left-out")).getElement()
                .getTextRecursively();
        assertThat(note).contains("Narva Bulletin: Narva bridge to reopen (no body text)",
                "Border Brief: Bridge deal reached (teaser only: 13 words");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("px-omission")))
                .as("one block per compared article, none for the two left out").hasSize(3)
                .allSatisfy(block -> assertThat(block.getElement().getTextRecursively())
                        .doesNotStartWith("Narva Bulletin").doesNotStartWith("Border Brief"));
    }

    private List<Span> marks(long articleId) {
        return _find(Span.class, s -> s.withClasses("px-mark")).stream()
                .filter(s -> s.getElement().getAttribute("data-article").equals(String.valueOf(articleId))).toList();
    }
}
