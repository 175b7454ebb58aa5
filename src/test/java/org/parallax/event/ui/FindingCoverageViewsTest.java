package org.parallax.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.event.EventFilter;
import org.parallax.event.EventService;
import org.parallax.event.EventSummary;
import org.parallax.ingest.ImportService;
import org.parallax.ui.KaribuViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding coverage as a user sees it: searching the Events list by words of the articles' text, a
 * selection that survives changing the filter, and the event page's related coverage with its merge
 * button. Fixture: four original articles, two about the (fictional) Veskar corridor 46 days apart.
 */
class FindingCoverageViewsTest extends KaribuViewTest {

    @Autowired ImportService imports;
    @Autowired EventService events;

    long ministers;
    long talks;

    @BeforeEach
    void importFixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/search/finding-coverage.jsonl")) {
            imports.importStream("finding-coverage.jsonl", in, null);
        }
        ministers = eventTitled("Ministers meet over border road dispute");
        talks = eventTitled("Veskar corridor talks resume as convoys queue at checkpoint");
    }

    private long eventTitled(String title) {
        return events.list(EventFilter.ALL, 0, 100).stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void searchingAWordOfTheTextShowsWhichArticleMatched() {
        UI.getCurrent().navigate(EventsView.class);
        _get(TextField.class, spec -> spec.withId("event-text-filter")).setValue("Veskar");
        Grid<EventSummary> grid = eventsGrid();
        assertThat(rows(grid)).extracting(EventSummary::id).containsExactly(talks, ministers);
        // the second event's title does not hold the word, so the cell says which article matched (as text)
        String cell = GridKt._getCellComponent(grid, 1, "title").getElement().getTextRecursively();
        assertThat(cell).contains("Ministers meet over border road dispute");
        assertThat(_get(Span.class, spec -> spec.withId("event-total")).getText()).isEqualTo("2 events");
    }

    @Test
    void theSelectionSurvivesAChangeOfFilter() {
        UI.getCurrent().navigate(EventsView.class);
        Grid<EventSummary> grid = eventsGrid();
        TextField search = _get(TextField.class, spec -> spec.withId("event-text-filter"));
        Button merge = _get(Button.class, spec -> spec.withId("merge-selected"));

        search.setValue("library");
        grid.select(GridKt._get(grid, 0));
        long library = GridKt._get(grid, 0).id();
        search.setValue("avalanche");
        assertThat(_get(Span.class, spec -> spec.withId("event-selected-count")).getText()).isEqualTo("1 selected");
        grid.select(GridKt._get(grid, 0));
        long storm = GridKt._get(grid, 0).id();
        assertThat(_get(Span.class, spec -> spec.withId("event-selected-count")).getText()).isEqualTo("2 selected");
        assertThat(merge.isEnabled()).isTrue();

        search.clear();
        assertThat(grid.getSelectedItems()).extracting(EventSummary::id).containsExactlyInAnyOrder(library, storm);

        _click(_get(Button.class, spec -> spec.withId("clear-selection")));
        assertThat(grid.getSelectedItems()).isEmpty();
        assertThat(merge.isEnabled()).isFalse();
        assertThat(_find(Span.class, spec -> spec.withId("event-selected-count"))).as("no count once cleared").isEmpty();
    }

    @Test
    void theEventPageListsRelatedCoverageAndMergesItWithOneClick() {
        UI.getCurrent().navigate("events/" + ministers);
        Div related = _get(Div.class, spec -> spec.withId("related"));
        Div item = _get(related, Div.class, spec -> spec.withId("related-" + talks));
        assertThat(item.getElement().getTextRecursively())
                .contains("Veskar corridor talks resume as convoys queue at checkpoint", "similar wording", "1 article", "Shared words");
        assertThat(_find(related, Paragraph.class, spec -> spec.withId("related-empty"))).isEmpty();

        _click(_get(item, Button.class, spec -> spec.withId("merge-related-" + talks)));

        assertThat(events.detail(talks)).isEmpty();
        assertThat(events.detail(ministers).orElseThrow().articles()).hasSize(2);
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text", "")
                + n.getElement().getTextRecursively()).startsWith("Merged “Veskar corridor talks"));
        assertThat(_get(Div.class, spec -> spec.withId("event-meta")).getElement().getTextRecursively()).contains("2 articles");
        assertThat(_get(Paragraph.class, spec -> spec.withId("related-empty")).getText()).startsWith("No related coverage");
    }

    @SuppressWarnings("unchecked")
    private static Grid<EventSummary> eventsGrid() {
        return _get(Grid.class, spec -> spec.withId("events-grid"));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
