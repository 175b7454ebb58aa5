package org.parallax.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.event.EventChangeException;
import org.parallax.event.EventDetail;
import org.parallax.event.EventFilter;
import org.parallax.event.EventService;
import org.parallax.event.EventSummary;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.OutletRepository;
import org.parallax.ui.WindowWidth;
import org.parallax.ui.EmptyState;

/**
 * The landing page: every event (articles from different outlets about the same news event),
 * newest first, in a lazy grid paged in SQL. Filter by words, outlet, dates and size; merge events
 * that belong together; regroup everything at another granularity.
 */
@Route("events")
@RouteAlias("")
@PageTitle("Events · Parallax")
@Menu(order = 5, title = "Events", icon = "vaadin:calendar-o")
public class EventsView extends VerticalLayout implements BeforeEnterObserver {

    /** Newest coverage first, undated last: the order the service lists in, used to pick a merge target. */
    static final Comparator<EventSummary> NEWEST_FIRST = Comparator
            .comparing((EventSummary e) -> e.to() == null ? e.from() : e.to(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingLong(EventSummary::id);

    private final EventService events;
    private final OutletRepository outlets;
    private final Grid<EventSummary> grid = new Grid<>(EventSummary.class, false);
    private final TextField search = new TextField("Search");
    private final ComboBox<Outlet> outlet = new ComboBox<>("Outlet");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Checkbox hideSingles = new Checkbox("Hide single-article events");
    private final Span total = new Span();
    private final Button merge = new Button("Merge selected", VaadinIcon.COMPRESS_SQUARE.create());
    private final Span selectedCount = new Span();
    private final Button clearSelection = new Button("Clear selection");
    /** The events the user selected, by id, kept across filter changes (also those the filter now hides). */
    private final Map<Long, EventSummary> selected = new LinkedHashMap<>();
    /** True while {@link #refresh} re-selects, so the grid's own selection events do not change {@link #selected}. */
    private boolean restoring;
    private final Button regroup = new Button("Regroup…", VaadinIcon.REFRESH.create());
    private final HorizontalLayout filters;
    private final HorizontalLayout actions;
    private final EmptyState empty = new EmptyState("No events yet",
            "Import articles and Parallax groups coverage of the same event automatically: "
                    + "each event then shows how every outlet told it.",
            new Button("Import articles", VaadinIcon.UPLOAD.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("import"))));

    public EventsView(EventService events, OutletRepository outlets) {
        this.events = events;
        this.outlets = outlets;
        addClassName("px-view");
        setSizeFull();

        search.setId("event-text-filter");
        search.setWidth("11rem");
        search.setPlaceholder("Words in the articles");
        search.setTooltipText("Searches the articles' titles and text: \"exact phrase\", or, -word");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        outlet.setId("event-outlet-filter");
        outlet.setWidth("11rem");
        outlet.setItemLabelGenerator(Outlet::name);
        outlet.setClearButtonVisible(true);
        outlet.setPlaceholder("All outlets");
        outlet.addValueChangeListener(e -> refresh());

        from.setId("event-from");
        from.setClearButtonVisible(true);
        from.setWidth("9.5rem");
        from.setTooltipText("Events with coverage on or after this day");
        to.setId("event-to");
        to.setClearButtonVisible(true);
        to.setWidth("9.5rem");
        to.setTooltipText("Events with coverage on or before this day");
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });
        hideSingles.setId("hide-singletons");
        hideSingles.addValueChangeListener(e -> refresh());

        filters = new HorizontalLayout(search, outlet, from, to);
        filters.addClassNames("px-toolbar", "px-event-filters");

        total.setId("event-total");
        total.addClassName("px-total");
        merge.setId("merge-selected");
        merge.setEnabled(false);
        merge.setTooltipText("Select two or more events that are really one");
        merge.addClickListener(e -> confirmMerge());
        regroup.setId("regroup");
        regroup.addClickListener(e -> new RegroupDialog(events, this::refresh).open());
        selectedCount.setId("event-selected-count");
        selectedCount.addClassName("px-total");
        clearSelection.setId("clear-selection");
        clearSelection.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clearSelection.addClickListener(e -> {
            selected.clear();
            restoring = true;
            grid.deselectAll();
            restoring = false;
            updateSelection();
        });
        actions = new HorizontalLayout(hideSingles, total, selectedCount, clearSelection, merge, regroup);
        actions.addClassName("px-toolbar");
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        merge.addClassName("px-push-end");

        grid.setId("events-grid");
        grid.setAriaLabel("Events");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(EventsView::titleCell).setHeader("Event").setFlexGrow(4).setKey("title");
        grid.addColumn(e -> EventUi.dateSpan(e.from(), e.to())).setHeader("When").setWidth("12.5rem").setFlexGrow(0)
                .setKey("when");
        grid.addComponentColumn(e -> {
            var chips = EventUi.chips(e.outlets());
            chips.addClassName("px-chips-small");
            return chips;
        }).setHeader("Outlets").setFlexGrow(3).setKey("outlets");
        grid.addColumn(EventSummary::articleCount).setHeader("Articles").setAutoWidth(true).setFlexGrow(0)
                .setKey("articles");
        grid.setEmptyStateText("No events match these filters. Clear a filter to see more.");
        grid.asMultiSelect().addSelectionListener(e -> {
            if (!restoring) {
                e.getRemovedSelection().forEach(r -> selected.remove(r.id()));
                e.getAddedSelection().forEach(a -> selected.put(a.id(), a));
                updateSelection();
            }
        });
        WindowWidth.follow(this, width -> compact(width < EventView.COMPACT_BELOW));

        add(new H2("Events"),
                new Paragraph("Articles from different outlets about the same news event, grouped automatically. "
                        + "Open an event to compare its coverage, see why its articles are together, and fix the grouping."),
                filters, actions, empty, grid);
        setFlexGrow(1, grid);
    }

    /** The title as a link to the event; under it the date span, shown only when the grid is compact. */
    private static Div titleCell(EventSummary e) {
        RouterLink link = new RouterLink(e.title(), EventView.class, new RouteParameters(EventView.ID, String.valueOf(e.id())));
        link.addClassName("px-event-link");
        Span when = new Span(EventUi.dateSpan(e.from(), e.to()));
        when.addClassName("px-row-meta");
        Div cell = new Div(link, when);
        cell.addClassName("px-title-cell");
        if (e.matchedHeadline() != null && !e.matchedHeadline().equals(e.title())) {
            // imported text: set as text, never as markup
            Span matched = new Span("Matching article: " + e.matchedHeadline());
            matched.addClassNames("px-hint", "px-matched");
            matched.getStyle().set("display", "block");
            cell.add(matched);
        }
        return cell;
    }

    /** On a narrow window the "When" column folds into the title cell. */
    void compact(boolean compact) {
        grid.getColumnByKey("when").setVisible(!compact);
        grid.setClassName("px-compact", compact);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        outlet.setItems(outlets.findAll());
        refresh();
    }

    EventFilter filter() {
        return new EventFilter(search.getValue().isBlank() ? null : search.getValue().strip(),
                outlet.getValue() == null ? null : outlet.getValue().id(),
                EventUi.startOf(from.getValue()), EventUi.endOf(to.getValue()),
                hideSingles.getValue() ? 2 : 1);
    }

    private void refresh() {
        EventFilter filter = filter();
        int count = events.count(filter);
        // a new data provider deselects everything: the kept selection is restored below
        restoring = true;
        grid.setItems(q -> events.list(filter, q.getOffset(), q.getLimit()).stream(), q -> events.count(filter))
                .setIdentifierProvider(EventSummary::id);
        grid.deselectAll();
        if (!selected.isEmpty()) {
            grid.asMultiSelect().select(selected.values());
        }
        restoring = false;
        updateSelection();
        total.setText(EventUi.events(count));
        boolean filtered = filter.text() != null || filter.outletId() != null || filter.from() != null
                || filter.to() != null || filter.minArticles() > 1;
        boolean nothingStored = count == 0 && !filtered;
        empty.setVisible(nothingStored);
        grid.setVisible(!nothingStored);
        filters.setVisible(!nothingStored);
        actions.setVisible(!nothingStored);
    }

    /** "N selected" (kept while the filters change, also for events they hide), the clear button, and merge for two or more. */
    private void updateSelection() {
        int n = selected.size();
        selectedCount.setText(n == 0 ? "" : n + " selected");
        selectedCount.setTitle("Selected events stay selected when you change the filters, also those the filters hide");
        selectedCount.setVisible(n > 0);
        clearSelection.setVisible(n > 0);
        merge.setEnabled(n >= 2);
    }

    private void confirmMerge() {
        List<EventSummary> chosen = new ArrayList<>(selected.values());
        if (chosen.size() < 2) {
            return;
        }
        chosen.sort(NEWEST_FIRST);
        new MergeDialog(chosen, (target, others) -> {
            try {
                EventDetail merged = events.merge(target.id(), others.stream().map(EventSummary::id).toList());
                EventUi.done("Merged " + EventUi.events(others.size() + 1) + " into “" + merged.title() + "”: "
                        + EventUi.articles(merged.articles().size()) + ".");
                selected.clear();
            } catch (EventChangeException ex) {
                EventUi.error(ex.getMessage());
            }
            refresh();
        }).open();
    }
}
