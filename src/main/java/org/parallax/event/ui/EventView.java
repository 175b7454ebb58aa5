package org.parallax.event.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.parallax.article.ui.ArticleView;
import org.parallax.event.EventArticle;
import org.parallax.event.EventChangeEntry;
import org.parallax.event.EventChangeException;
import org.parallax.event.EventDetail;
import org.parallax.event.EventExplanation;
import org.parallax.event.EventService;
import org.parallax.event.RelatedEvent;
import org.parallax.ui.Formats;
import org.parallax.ui.RouteIds;
import org.parallax.ui.WindowWidth;

/**
 * One event: its title (editable), when and by whom it was covered, its articles with how well each
 * fits, why they are together, and the curation tools (pin, move, split) with their history.
 * Imported text is always set as text, never as markup.
 */
@Route("events/:" + EventView.ID + "([0-9]{1,18})")
public class EventView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "eventId";

    /** Below this window width (a tablet, or a narrow window beside the menu) the articles grid folds outlet, date and words into the title cell. */
    static final int COMPACT_BELOW = 1200;

    static final String METHOD_NOTE = "Articles are grouped by TF-IDF cosine similarity of their text and titles, "
            + "shared people/organisations/places, and closeness in time (Miranda et al. 2018, Multilingual "
            + "Clustering of Streaming News). A member is marked weak when its similarity is below the grouping threshold.";

    private final EventService events;
    private long eventId;
    private String pageTitle = "Event · Parallax";

    private final H2 heading = new H2();
    private final TextField titleField = new TextField("Event title");
    private final Span titleNote = new Span();
    private final Div meta = new Div();
    private final Div outlets = new Div();
    private final H3 articlesHeading = new H3();
    private final Grid<EventArticle> articles = new Grid<>(EventArticle.class, false);
    private final Button split = new Button("Split selected into a new event", VaadinIcon.SPLIT.create());
    private final Div explanation = new Div();
    private final Div history = new Div();
    private final Div related = new Div();
    private final Anchor compare = new Anchor("", "Compare the articles side by side");

    public EventView(EventService events) {
        this.events = events;
        addClassNames("px-view", "px-event");

        heading.setId("event-heading");
        titleField.setId("event-title");
        titleField.setClearButtonVisible(true);
        titleField.setMaxLength(300);
        titleField.addClassName("px-title-field");
        Button save = new Button("Save title", e -> rename());
        save.setId("save-title");
        save.addClickShortcut(Key.ENTER).listenOn(titleField);
        HorizontalLayout titleRow = new HorizontalLayout(titleField, save);
        titleRow.addClassName("px-title-row");
        titleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        titleRow.setWrap(true);
        titleNote.setId("event-title-note");
        titleNote.addClassName("px-hint");

        meta.setId("event-meta");
        meta.addClassName("px-meta");
        outlets.setId("event-outlets");

        articlesHeading.setId("event-articles-heading");
        articles.setId("event-articles");
        articles.setAriaLabel("Articles of this event");
        articles.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        articles.setSelectionMode(Grid.SelectionMode.MULTI);
        articles.addColumn(a -> Formats.orDash(a.outlet())).setHeader("Outlet").setWidth("8rem").setFlexGrow(0)
                .setKey("outlet");
        articles.addComponentColumn(EventView::titleCell).setHeader("Title").setFlexGrow(4).setKey("title");
        articles.addColumn(a -> Formats.dateTime(a.publishedAt())).setHeader("Published").setWidth("8.5rem")
                .setFlexGrow(0).setKey("published");
        articles.addColumn(EventArticle::wordCount).setHeader("Words").setWidth("4.75rem").setFlexGrow(0).setKey("words");
        articles.addComponentColumn(EventView::similarityCell).setHeader("Similarity").setWidth("6.75rem").setFlexGrow(0)
                .setKey("similarity");
        articles.addComponentColumn(this::actions).setHeader("Actions").setWidth("10rem").setFlexGrow(0).setKey("actions");
        articles.addSelectionListener(e -> updateSplit());
        WindowWidth.follow(this, width -> compact(width < COMPACT_BELOW));

        split.setId("split-selected");
        split.setEnabled(false);
        split.addClickListener(e -> split());
        Paragraph splitHint = new Paragraph("Select articles that cover something else, then split them off; "
                + "or move one article with its Move button.");
        splitHint.addClassName("px-hint");

        explanation.setId("event-explanation");
        explanation.addClassName("px-panel");
        history.setId("event-history");

        related.setId("related");
        related.addClassNames("px-panel", "px-related");

        compare.setId("compare-link");
        compare.addClassName("px-primary-link");
        compare.getElement().setAttribute("router-link", true);

        add(new RouterLink("← All events", EventsView.class), heading, meta, outlets, compare, titleRow, titleNote,
                articlesHeading, splitHint, articles, split, explanation, related, new H3("Curation history"), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.of(event, ID, "event");
        EventDetail detail = events.detail(id).orElseThrow(() -> new NotFoundException("No event " + id));
        eventId = id;
        show(detail);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void show(EventDetail d) {
        pageTitle = d.title() + " · Parallax";
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle));
        heading.setText(d.title());
        compare.setHref("events/" + d.id() + "/compare");
        titleField.setValue(d.title());
        titleField.setInvalid(false);
        titleNote.setText(d.titleEdited()
                ? "You gave this title; regrouping keeps it."
                : "Named after its most central article. Give it a clearer title if you like; regrouping will keep it.");

        meta.removeAll();
        meta.add(new Span(EventUi.dateSpan(d.from(), d.to())), new Span(EventUi.articles(d.articles().size())));
        Set<String> outletNames = new LinkedHashSet<>();
        d.articles().stream().map(EventArticle::outlet).filter(Objects::nonNull).forEach(outletNames::add);
        meta.add(new Span(outletNames.size() == 1 ? "1 outlet" : outletNames.size() + " outlets"));
        outlets.removeAll();
        outlets.add(EventUi.chips(outletNames));

        articlesHeading.setText("Articles (" + d.articles().size() + ")");
        articles.deselectAll();
        articles.setItems(d.articles());
        articles.setAllRowsVisible(d.articles().size() <= 30);
        articles.setHeight(d.articles().size() <= 30 ? null : "40rem");
        updateSplit();

        showExplanation(d.explanation(), d.articles().size());
        showRelated(events.related(d.id()).orElse(List.of()));
        showHistory(d.history());
    }

    /** Hides the outlet, published and words columns and shows them under each title instead. */
    void compact(boolean compact) {
        for (String key : List.of("outlet", "published", "words")) {
            articles.getColumnByKey(key).setVisible(!compact);
        }
        articles.getColumnByKey("actions").setWidth(compact ? "6.5rem" : "10rem");
        articles.setClassName("px-compact", compact);
    }

    private static Div titleCell(EventArticle a) {
        RouterLink link = new RouterLink(a.title(), ArticleView.class, a.articleId());
        link.addClassName("px-event-link");
        Span meta = new Span(Formats.orDash(a.outlet()) + " · " + Formats.dateTime(a.publishedAt()) + " · " + a.wordCount() + " words");
        meta.addClassName("px-row-meta");
        Div cell = new Div(link, meta);
        cell.addClassName("px-title-cell");
        if (a.pinned() || a.manual()) {
            FlexLayout badges = new FlexLayout();
            badges.addClassName("px-badges");
            if (a.pinned()) {
                badges.add(EventUi.badge("pinned", "pinned"));
            }
            if (a.manual()) {
                badges.add(EventUi.badge("placed by hand", "manual"));
            }
            cell.add(badges);
        }
        return cell;
    }

    private static FlexLayout similarityCell(EventArticle a) {
        FlexLayout cell = new FlexLayout(new Span(EventUi.percent(a.similarity())));
        cell.addClassName("px-badges");
        if (a.weak()) {
            Span weak = EventUi.badge("weak", "weak");
            weak.setTitle("Below the grouping threshold: check that it belongs here");
            cell.add(weak);
        }
        return cell;
    }

    private HorizontalLayout actions(EventArticle a) {
        Button pin = new Button(a.pinned() ? "Unpin" : "Pin", VaadinIcon.PIN.create(),
                e -> change(() -> {
                    events.pin(a.articleId(), !a.pinned());
                    return a.pinned() ? "Unpinned “" + a.title() + "”: regrouping may move it again."
                            : "Pinned “" + a.title() + "”: regrouping keeps it in this event.";
                }));
        pin.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        pin.setAriaLabel((a.pinned() ? "Unpin " : "Pin ") + a.title());
        pin.setId("pin-" + a.articleId());
        Button move = new Button("Move…", e -> new MoveDialog(events, a, eventId, target -> change(() -> {
            events.move(a.articleId(), target == null ? null : target.id());
            return target == null ? "Moved “" + a.title() + "” into a new event of its own."
                    : "Moved “" + a.title() + "” to “" + target.title() + "”.";
        })).open());
        move.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        move.setAriaLabel("Move " + a.title() + " to another event");
        move.setId("move-" + a.articleId());
        HorizontalLayout box = new HorizontalLayout(pin, move);
        box.setSpacing(false);
        box.addClassName("px-row-actions");
        return box;
    }

    private void updateSplit() {
        int selected = articles.getSelectedItems().size();
        int all = articles.getListDataView().getItemCount();
        split.setEnabled(selected >= 1 && selected < all);
        split.setText(selected >= 1 && selected < all
                ? "Split " + EventUi.articles(selected) + " into a new event"
                : "Split selected into a new event");
    }

    private void split() {
        List<EventArticle> selected = articles.getSelectedItems().stream().toList();
        change(() -> {
            EventDetail created = events.split(eventId, selected.stream().map(EventArticle::articleId).toList());
            return "Split " + EventUi.articles(selected.size()) + " into a new event: “" + created.title() + "”.";
        });
    }

    private void rename() {
        String title = titleField.getValue().strip();
        if (title.isEmpty()) {
            titleField.setErrorMessage("Give the event a title");
            titleField.setInvalid(true);
            return;
        }
        try {
            show(events.rename(eventId, title));
            EventUi.done("Title saved.");
        } catch (EventChangeException ex) {
            EventUi.error(ex.getMessage());
        }
    }

    /** Runs a curation step, then shows the event as it is now and says what happened (or why not). */
    private void change(Supplier<String> action) {
        String message;
        try {
            message = action.get();
        } catch (EventChangeException ex) {
            EventUi.error(ex.getMessage());
            return;
        }
        EventUi.done(message);
        refresh();
    }

    private void refresh() {
        events.detail(eventId).ifPresentOrElse(this::show, () -> {
            EventUi.done("This event has no articles left, so it is gone.");
            getUI().ifPresent(ui -> ui.navigate(EventsView.class));
        });
    }

    private void showExplanation(EventExplanation x, int articleCount) {
        explanation.removeAll();
        explanation.add(new H3("Why these articles are together"));
        if (articleCount < 2) {
            explanation.add(new Paragraph("This event has one article, so there is nothing shared to show yet. "
                    + "Move articles here or merge events to build it up."));
        } else if (x.sharedTerms().isEmpty() && x.sharedActors().isEmpty()) {
            explanation.add(new Paragraph("These articles share no distinctive words or names; "
                    + "they may have been put together by hand."));
        }
        if (!x.sharedTerms().isEmpty()) {
            FlexLayout terms = new FlexLayout();
            terms.setId("event-shared-terms");
            terms.addClassName("px-chips");
            x.sharedTerms().forEach(t -> terms.add(countedChip(t.term(), t.articleCount(), articleCount)));
            explanation.add(new H4("Shared words"), terms);
        }
        if (!x.sharedActors().isEmpty()) {
            FlexLayout actors = new FlexLayout();
            actors.setId("event-shared-actors");
            actors.addClassName("px-chips");
            x.sharedActors().forEach(a -> actors.add(countedChip(a.name(), a.articleCount(), articleCount)));
            explanation.add(new H4("Shared people, organisations and places"), actors);
        }
        if (!x.timeSpan().isBlank()) {
            Paragraph span = new Paragraph(x.timeSpan());
            span.setId("event-time-span");
            explanation.add(new H4("When"), span);
        }
        Paragraph method = new Paragraph(METHOD_NOTE);
        method.setId("event-method");
        method.addClassName("px-note");
        explanation.add(method);
    }

    static final String RELATED_NOTE = "Events Parallax did not group with this one but whose articles are worded alike: "
            + "TF-IDF cosine similarity of the events' average term vectors (Salton & Buckley 1988), over events sharing "
            + "distinctive words, at any date. Coverage published more than a week apart is never grouped automatically, "
            + "so it shows up here. Merge one when it is the same story.";

    /** Related coverage: each related event with how alike it is, the words it shares, and a button to merge it here. */
    private void showRelated(List<RelatedEvent> list) {
        related.removeAll();
        related.add(new H3("Related coverage"));
        if (list.isEmpty()) {
            Paragraph none = new Paragraph("No related coverage: no other event shares enough distinctive words with this one. "
                    + "When there is some, it is listed here with the words it shares, and you can merge it into this event.");
            none.setId("related-empty");
            related.add(none);
        }
        for (RelatedEvent r : list) {
            RouterLink link = new RouterLink(r.title(), EventView.class, new RouteParameters(ID, String.valueOf(r.id())));
            link.addClassName("px-event-link");
            Span alike = new Span(EventUi.percent(r.similarity()) + " similar wording");
            alike.addClassName("px-related-similarity");
            alike.setTitle("TF-IDF cosine similarity of the two events' articles");
            Span count = new Span(EventUi.articles(r.articleCount()));
            count.addClassName("px-hint");
            FlexLayout words = new FlexLayout();
            words.addClassNames("px-chips", "px-chips-small");
            r.sharedTerms().forEach(t -> {
                Span chip = new Span(t);
                chip.addClassName("px-chip");
                words.add(chip);
            });
            Button mergeHere = new Button("Merge into this event", VaadinIcon.COMPRESS_SQUARE.create(), e -> change(() -> {
                EventDetail merged = events.merge(eventId, List.of(r.id()));
                return "Merged “" + r.title() + "” into this event: " + EventUi.articles(merged.articles().size()) + ".";
            }));
            mergeHere.setId("merge-related-" + r.id());
            mergeHere.addThemeVariants(ButtonVariant.LUMO_SMALL);
            mergeHere.setAriaLabel("Merge " + r.title() + " into this event");
            HorizontalLayout head = new HorizontalLayout(link, alike, count, mergeHere);
            head.setAlignItems(FlexComponent.Alignment.BASELINE);
            head.setWrap(true);
            Div item = new Div(head);
            if (!r.sharedTerms().isEmpty()) {
                Span shares = new Span("Shared words:");
                shares.addClassName("px-hint");
                item.add(shares, words);
            }
            item.setId("related-" + r.id());
            item.addClassName("px-related-item");
            related.add(item);
        }
        Paragraph method = new Paragraph(RELATED_NOTE);
        method.addClassName("px-note");
        related.add(method);
    }

    private static Span countedChip(String label, int count, int of) {
        Span chip = new Span();
        chip.addClassName("px-chip");
        Span name = new Span(label);
        name.addClassName("px-chip-label");
        Span n = new Span("in " + count + " of " + of + " articles");
        n.addClassName("px-chip-count");
        chip.add(name, n);
        return chip;
    }

    private void showHistory(List<EventChangeEntry> entries) {
        history.removeAll();
        if (entries.isEmpty()) {
            history.add(new Paragraph("No changes yet: Parallax grouped these articles automatically."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("px-history");
        for (EventChangeEntry c : entries) {
            Span action = new Span(c.action());
            action.addClassName("px-history-action");
            Span when = new Span(" — " + c.by() + ", " + Formats.dateTime(c.at()));
            when.addClassName("px-history-meta");
            ListItem item = new ListItem(action, new Span(" " + c.detail()), when);
            list.add(item);
        }
        history.add(list);
    }
}
