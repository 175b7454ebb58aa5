package org.parallax.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.event.EventArticle;
import org.parallax.event.EventDetail;
import org.parallax.event.EventFilter;
import org.parallax.event.EventService;
import org.parallax.event.EventSummary;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.ui.ImportView;
import org.parallax.outlet.Outlet;
import org.parallax.ui.EmptyState;
import org.parallax.ui.KaribuViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The Events list and the Event page as a user sees them, with the real services and database. */
class EventViewsTest extends KaribuViewTest {

    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired org.parallax.article.ArticleRepository articles;

    // ---- the list ----------------------------------------------------------------------------

    @Test
    void eventsAreTheLandingPageAndSayWhatToDoWhenThereAreNone() {
        UI.getCurrent().navigate("");
        assertThat(_find(EventsView.class)).hasSize(1);

        EmptyState empty = _get(EmptyState.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getElement().getTextRecursively()).contains("No events yet")
                .contains("Import articles and Parallax groups coverage of the same event automatically");
        assertThat(_find(Grid.class, spec -> spec.withId("events-grid"))).isEmpty();

        _click(_get(empty, Button.class, spec -> spec.withText("Import articles")));
        assertThat(_find(ImportView.class)).hasSize(1);
    }

    @Test
    void eventsListShowsEventsWithOutletsAndFiltersByTextOutletAndSize() throws IOException {
        importEvalSet();
        UI.getCurrent().navigate(EventsView.class);
        Grid<EventSummary> grid = eventsGrid();

        int all = events.count(EventFilter.ALL);
        assertThat(all).isGreaterThan(1);
        assertThat(GridKt._size(grid)).isEqualTo(all);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("event-total")).getText())
                .isEqualTo(all + " events");
        EventSummary first = GridKt._get(grid, 0);
        assertThat(GridKt._getFormatted(grid, 0, "when")).isEqualTo(EventUi.dateSpan(first.from(), first.to()))
                .isNotEqualTo("undated");
        assertThat(GridKt._getFormatted(grid, 0, "articles")).isEqualTo(String.valueOf(first.articleCount()));
        Component outletChips = GridKt._getCellComponent(grid, 0, "outlets");
        assertThat(outletChips.getElement().getTextRecursively()).contains(first.outlets().getFirst());
        assertThat(outletChips.getChildren().filter(c -> c.hasClassName("px-chip")).count())
                .isEqualTo(first.outlets().size());

        // words in the titles or the text of the articles
        _get(TextField.class, spec -> spec.withId("event-text-filter")).setValue("Coldbeck");
        assertThat(GridKt._size(grid)).isBetween(1, all - 1);
        for (EventSummary e : rows(grid)) {
            EventDetail d = events.detail(e.id()).orElseThrow();
            assertThat(d.title() + " " + d.articles().stream().map(a -> a.title() + " "
                    + articles.findById(a.articleId()).orElseThrow().body()).toList())
                    .containsIgnoringCase("coldbeck");
        }
        _get(TextField.class, spec -> spec.withId("event-text-filter")).clear();
        assertThat(GridKt._size(grid)).isEqualTo(all);

        // one outlet
        @SuppressWarnings("unchecked")
        ComboBox<Outlet> outlet = _get(ComboBox.class, spec -> spec.withId("event-outlet-filter"));
        Outlet gazette = outlet.getListDataView().getItems()
                .filter(o -> o.name().equals("Fennick Ford Gazette")).findFirst().orElseThrow();
        outlet.setValue(gazette);
        assertThat(GridKt._size(grid)).isBetween(1, 3);
        assertThat(rows(grid)).allSatisfy(e -> assertThat(e.outlets()).contains("Fennick Ford Gazette"));
        outlet.clear();

        // only events with several articles
        _get(Checkbox.class, spec -> spec.withId("hide-singletons")).setValue(true);
        assertThat(GridKt._size(grid)).isEqualTo(events.count(new EventFilter(null, null, null, null, 2)));
        assertThat(rows(grid)).allSatisfy(e -> assertThat(e.articleCount()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void filtersThatMatchNothingKeepTheGridAndSaySo() throws IOException {
        importEvalSet();
        UI.getCurrent().navigate(EventsView.class);
        _get(TextField.class, spec -> spec.withId("event-text-filter")).setValue("zeppelin xylophone");
        assertThat(GridKt._size(eventsGrid())).isZero();
        assertThat(eventsGrid().isVisible()).isTrue();
        assertThat(_find(EmptyState.class)).isEmpty();
        assertThat(eventsGrid().getEmptyStateText()).contains("Clear a filter");
    }

    @Test
    void mergeTwoEventsFromTheList() throws IOException {
        importEvalSet();
        UI.getCurrent().navigate(EventsView.class);
        Grid<EventSummary> grid = eventsGrid();
        int before = GridKt._size(grid);
        Button merge = _get(Button.class, spec -> spec.withId("merge-selected"));
        assertThat(merge.isEnabled()).isFalse();

        EventSummary row0 = GridKt._get(grid, 0);
        EventSummary row1 = GridKt._get(grid, 1);
        // the newest of the two is kept (the list is newest first, so that is normally the first row)
        EventSummary a = EventsView.NEWEST_FIRST.compare(row0, row1) <= 0 ? row0 : row1;
        EventSummary b = a == row0 ? row1 : row0;
        grid.select(row0);
        assertThat(merge.isEnabled()).isFalse();
        grid.select(row1);
        assertThat(grid.getSelectedItems()).as("selected").hasSize(2);
        assertThat(merge.isEnabled()).isTrue();
        _click(merge);

        assertThat(_find(MergeDialog.class)).hasSize(1);
        @SuppressWarnings("unchecked")
        var target = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<EventSummary>)
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("merge-target"));
        assertThat(target.getListDataView().getItems().map(EventSummary::title)).containsExactlyInAnyOrder(a.title(), b.title());
        assertThat(target.getValue().id()).isEqualTo(a.id());
        _click(_get(Button.class, spec -> spec.withId("confirm-merge")));

        assertThat(GridKt._size(grid)).isEqualTo(before - 1);
        assertThat(events.detail(b.id())).isEmpty();
        EventDetail merged = events.detail(a.id()).orElseThrow();
        List<Long> expected = new ArrayList<>(a.articleIds());
        expected.addAll(b.articleIds());
        assertThat(merged.articles()).extracting(EventArticle::articleId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rows(grid)).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo(a.id());
            assertThat(e.articleCount()).isEqualTo(expected.size());
        });
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).startsWith("Merged 2 events into"));
    }

    @Test
    void regroupDialogShowsTheThresholdAndRegroups() throws IOException {
        importEvalSet();
        UI.getCurrent().navigate(EventsView.class);
        _click(_get(Button.class, spec -> spec.withId("regroup")));
        @SuppressWarnings("unchecked")
        var granularity = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<org.parallax.event.Granularity>)
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("regroup-granularity"));
        assertThat(granularity.getValue()).isEqualTo(org.parallax.event.Granularity.DEFAULT);
        assertThat(granularity.getHelperText()).contains(String.format(Locale.ROOT, "%.2f",
                org.parallax.event.Granularity.DEFAULT.threshold()));
        granularity.setValue(org.parallax.event.Granularity.SAME_HAPPENING);
        assertThat(granularity.getHelperText()).contains(String.format(Locale.ROOT, "%.2f",
                org.parallax.event.Granularity.SAME_HAPPENING.threshold()));

        _click(_get(Button.class, spec -> spec.withId("run-regroup")));
        assertThat(_find(RegroupDialog.class)).isEmpty();
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).matches("Regrouped \\d+ articles into \\d+ events.*"));
        assertThat(GridKt._size(eventsGrid())).isEqualTo(events.count(EventFilter.ALL));
    }

    // ---- one event ---------------------------------------------------------------------------

    @Test
    void eventPageShowsArticlesAndWhyTheyAreTogether() throws IOException {
        importEvalSet();
        EventSummary e = biggestEvent();
        open(e.id());

        EventDetail d = events.detail(e.id()).orElseThrow();
        assertThat(_get(H2.class, spec -> spec.withId("event-heading")).getText()).isEqualTo(d.title());
        assertThat(_get(Div.class, spec -> spec.withId("event-meta")).getElement().getTextRecursively())
                .contains(EventUi.dateSpan(d.from(), d.to())).contains(d.articles().size() + " articles");
        Grid<EventArticle> grid = articlesGrid();
        assertThat(GridKt._size(grid)).isEqualTo(d.articles().size());
        EventArticle top = GridKt._get(grid, 0);
        assertThat(GridKt._getCellComponent(grid, 0, "similarity").getElement().getTextRecursively())
                .contains(EventUi.percent(top.similarity()));

        Div why = _get(Div.class, spec -> spec.withId("event-explanation"));
        assertThat(why.getElement().getTextRecursively()).contains("Why these articles are together")
                .contains(d.explanation().timeSpan())
                .contains("TF-IDF cosine similarity").contains("Miranda et al. 2018");
        FlexLayout terms = _get(FlexLayout.class, spec -> spec.withId("event-shared-terms"));
        var first = d.explanation().sharedTerms().getFirst();
        assertThat(terms.getElement().getTextRecursively()).contains(first.term())
                .contains("in " + first.articleCount() + " of " + d.articles().size() + " articles");
        if (!d.explanation().sharedActors().isEmpty()) {
            assertThat(_get(FlexLayout.class, spec -> spec.withId("event-shared-actors")).getElement().getTextRecursively())
                    .contains(d.explanation().sharedActors().getFirst().name());
        }
    }

    @Test
    void renameAnEvent() throws IOException {
        importEvalSet();
        EventSummary e = biggestEvent();
        open(e.id());

        _get(TextField.class, spec -> spec.withId("event-title")).setValue("Floods in <b>Fennick</b> Ford");
        _click(_get(Button.class, spec -> spec.withId("save-title")));

        H2 heading = _get(H2.class, spec -> spec.withId("event-heading"));
        assertThat(heading.getText()).isEqualTo("Floods in <b>Fennick</b> Ford");
        assertThat(heading.getElement().getChildCount()).isEqualTo(1);
        assertThat(heading.getElement().getChild(0).isTextNode()).isTrue();
        EventDetail d = events.detail(e.id()).orElseThrow();
        assertThat(d.title()).isEqualTo("Floods in <b>Fennick</b> Ford");
        assertThat(d.titleEdited()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("event-history")).getElement().getTextRecursively())
                .contains(d.history().getFirst().action());
        assertThat(notificationTexts()).contains("Title saved.");

        _get(TextField.class, spec -> spec.withId("event-title")).setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("save-title")));
        assertThat(_get(TextField.class, spec -> spec.withId("event-title")).isInvalid()).isTrue();
        assertThat(events.detail(e.id()).orElseThrow().title()).isEqualTo("Floods in <b>Fennick</b> Ford");
    }

    @Test
    void pinningAnArticleShowsTheBadge() throws IOException {
        importEvalSet();
        EventSummary e = biggestEvent();
        open(e.id());
        Grid<EventArticle> grid = articlesGrid();
        EventArticle a = GridKt._get(grid, 0);
        assertThat(a.pinned()).isFalse();
        assertThat(GridKt._getCellComponent(grid, 0, "title").getElement().getTextRecursively()).doesNotContain("pinned");

        _click(actionButton(grid, 0, "Pin"));

        EventArticle pinned = rows(articlesGrid()).stream().filter(x -> x.articleId() == a.articleId()).findFirst().orElseThrow();
        assertThat(pinned.pinned()).isTrue();
        int row = rows(articlesGrid()).indexOf(pinned);
        Component title = GridKt._getCellComponent(articlesGrid(), row, "title");
        assertThat(_find(title, com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("px-badge-pinned")))
                .singleElement().satisfies(s -> assertThat(s.getText()).isEqualTo("pinned"));
        assertThat(actionButton(articlesGrid(), row, "Unpin")).isNotNull();
        assertThat(events.detail(e.id()).orElseThrow().articles())
                .filteredOn(x -> x.articleId() == a.articleId()).singleElement().extracting(EventArticle::pinned).isEqualTo(true);
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).startsWith("Pinned"));
    }

    @Test
    void moveAnArticleIntoAnEventOfItsOwn() throws IOException {
        importEvalSet();
        EventSummary e = biggestEvent();
        open(e.id());
        Grid<EventArticle> grid = articlesGrid();
        int n = GridKt._size(grid);
        EventArticle last = GridKt._get(grid, n - 1);

        _click(actionButton(grid, n - 1, "Move…"));
        @SuppressWarnings("unchecked")
        ComboBox<MoveDialog.Target> target = _get(ComboBox.class, spec -> spec.withId("move-target"));
        List<String> offered = ComboBoxKt.getSuggestions(target);
        assertThat(offered.getFirst()).isEqualTo(MoveDialog.OWN_EVENT);
        assertThat(offered).anySatisfy(s -> assertThat(s).endsWith("— it is here now"));
        Button move = _get(Button.class, spec -> spec.withId("confirm-move"));
        assertThat(move.isEnabled()).isFalse();
        target.setValue(ComboBoxKt.getSuggestionItems(target).getFirst());
        _click(move);

        assertThat(GridKt._size(articlesGrid())).isEqualTo(n - 1);
        long now = events.eventOf(last.articleId()).orElseThrow();
        assertThat(now).isNotEqualTo(e.id());
        assertThat(events.detail(now).orElseThrow().articles()).extracting(EventArticle::articleId)
                .containsExactly(last.articleId());
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("into a new event of its own"));
    }

    @Test
    void moveAnArticleToAnotherEventFoundByItsTitle() throws IOException {
        importEvalSet();
        EventSummary e = biggestEvent();
        EventSummary other = events.list(new EventFilter("Coldbeck", null, null, null, 1), 0, 10).stream()
                .filter(x -> x.id() != e.id()).findFirst().orElseThrow();
        open(e.id());
        Grid<EventArticle> grid = articlesGrid();
        EventArticle a = GridKt._get(grid, 0);

        _click(actionButton(grid, 0, "Move…"));
        @SuppressWarnings("unchecked")
        ComboBox<MoveDialog.Target> target = _get(ComboBox.class, spec -> spec.withId("move-target"));
        ComboBoxKt.setUserInput(target, "Coldbeck");
        List<MoveDialog.Target> offered = ComboBoxKt.getSuggestionItems(target);
        assertThat(offered).extracting(MoveDialog.Target::event).doesNotContainNull();
        target.setValue(offered.stream().filter(t -> t.event().id() == other.id()).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("confirm-move")));

        assertThat(events.eventOf(a.articleId())).contains(other.id());
        assertThat(rows(articlesGrid())).extracting(EventArticle::articleId).doesNotContain(a.articleId());
    }

    @Test
    void splitSelectedArticlesIntoANewEvent() throws IOException {
        importEvalSet();
        EventSummary e = biggestEvent();
        open(e.id());
        Grid<EventArticle> grid = articlesGrid();
        int n = GridKt._size(grid);
        Button split = _get(Button.class, spec -> spec.withId("split-selected"));
        assertThat(split.isEnabled()).isFalse();

        EventArticle a = GridKt._get(grid, n - 1);
        grid.select(a);
        assertThat(split.isEnabled()).isTrue();
        assertThat(split.getText()).isEqualTo("Split 1 article into a new event");
        _click(split);

        assertThat(GridKt._size(articlesGrid())).isEqualTo(n - 1);
        long now = events.eventOf(a.articleId()).orElseThrow();
        assertThat(now).isNotEqualTo(e.id());
        assertThat(events.detail(e.id()).orElseThrow().articles()).hasSize(n - 1);
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).startsWith("Split 1 article into a new event"));

        // all of them cannot be split off: that is the event itself
        articlesGrid().asMultiSelect().select(rows(articlesGrid()));
        assertThat(split.isEnabled()).isFalse();
    }

    @Test
    void importedMarkupIsShownAsText() {
        String jsonl = "{\"outlet\": \"Script Test Times\", \"title\": \"<img src=x onerror=alert(1)> Harbour <b>news</b>\", "
                + "\"published_at\": \"2026-01-05T10:00:00+00:00\", \"body\": \"<script>alert('body')</script> Plain words "
                + "about the harbour and its news.\"}\n";
        imports.importStream("xss.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), null);
        EventSummary e = events.list(EventFilter.ALL, 0, 1).getFirst();
        open(e.id());
        H2 heading = _get(H2.class, spec -> spec.withId("event-heading"));
        assertThat(heading.getText()).contains("<b>news</b>");
        assertThat(heading.getElement().getChild(0).isTextNode()).isTrue();
        Component title = GridKt._getCellComponent(articlesGrid(), 0, "title");
        assertThat(title.getElement().getTextRecursively()).contains("<img src=x onerror=alert(1)>");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(t -> assertThat(t).contains("nothing shared to show yet"));
    }

    @Test
    void anUnknownEventIsNotFound() {
        // Karibu reports the not-found page (RouteNotFoundError for NotFoundException) by throwing
        assertThatThrownBy(() -> open(987654)).hasMessageContaining("No event 987654");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void importEvalSet() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/eval/grouping-eval.jsonl")) {
            imports.importStream("grouping-eval.jsonl", in, null);
        }
    }

    /** The event with the most articles (the eval set's events have 3 to 5). */
    private EventSummary biggestEvent() {
        List<EventSummary> all = events.list(new EventFilter(null, null, null, null, 2), 0, 1000);
        assertThat(all).as("events with at least two articles").isNotEmpty();
        return all.stream().max(java.util.Comparator.comparingInt(EventSummary::articleCount)).orElseThrow();
    }

    private static void open(long eventId) {
        UI.getCurrent().navigate(EventView.class, new RouteParameters(EventView.ID, String.valueOf(eventId)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<EventSummary> eventsGrid() {
        return _get(Grid.class, spec -> spec.withId("events-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<EventArticle> articlesGrid() {
        return _get(Grid.class, spec -> spec.withId("event-articles"));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static Button actionButton(Grid<EventArticle> grid, int row, String text) {
        Component cell = GridKt._getCellComponent(grid, row, "actions");
        return cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no " + text + " button"));
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")
                + n.getElement().getTextRecursively()).toList();
    }
}
