package org.parallax.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.parallax.event.EventArticle;
import org.parallax.event.EventFilter;
import org.parallax.event.EventService;
import org.parallax.event.EventSummary;

/**
 * Moves one article to another event (found by words in its title, searched in the database) or
 * out into a new event of its own.
 */
class MoveDialog extends Dialog {

    static final String OWN_EVENT = "Its own new event";

    /** A choice in the list: an event, or (with {@code null}) a new event of the article's own. */
    record Target(@Nullable EventSummary event) {}

    private static final Target OWN = new Target(null);

    private final EventService events;

    MoveDialog(EventService events, EventArticle article, long currentEventId, Consumer<@Nullable EventSummary> onMove) {
        this.events = events;
        setId("move-dialog");
        setHeaderTitle("Move an article");
        setWidth("min(40rem, 96vw)");

        ComboBox<Target> target = new ComboBox<>("Move to");
        target.setId("move-target");
        target.setWidthFull();
        target.setPlaceholder("Type words of an event title");
        target.setHelperText("Moving places the article by hand: regrouping will leave it there.");
        target.setItemLabelGenerator(t -> label(t, currentEventId));
        target.setItems(this::fetch, this::count);

        Paragraph what = new Paragraph("“" + article.title() + "”" + (article.outlet() == null ? "" : " (" + article.outlet() + ")"));
        what.addClassName("px-quote");
        add(what, target);

        Button move = new Button("Move", e -> {
            Target t = target.getValue();
            if (t == null) {
                return;
            }
            close();
            onMove.accept(t.event());
        });
        move.setId("confirm-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setEnabled(false);
        target.addValueChangeListener(e -> move.setEnabled(e.getValue() != null
                && (e.getValue().event() == null || e.getValue().event().id() != currentEventId)));
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, move);
        target.focus();
    }

    private static String label(Target t, long currentEventId) {
        EventSummary e = t.event();
        if (e == null) {
            return OWN_EVENT;
        }
        return e.title() + " (" + EventUi.dateSpan(e.from(), e.to()) + ", " + EventUi.articles(e.articleCount()) + ")"
                + (e.id() == currentEventId ? " — it is here now" : "");
    }

    private static boolean offersOwn(String filter) {
        return filter.isBlank() || OWN_EVENT.toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT));
    }

    private static EventFilter filter(String text) {
        return new EventFilter(text.isBlank() ? null : text, null, null, null, 1);
    }

    /** "Its own new event" first (when it matches the typed words), then the events, paged in the database. */
    private Stream<Target> fetch(Query<Target, String> q) {
        String text = q.getFilter().orElse("").strip();
        int offset = q.getOffset();
        int limit = q.getLimit();
        List<Target> page = new ArrayList<>();
        int shift = offersOwn(text) ? 1 : 0;
        if (shift == 1 && offset == 0) {
            page.add(OWN);
            limit--;
        }
        if (limit > 0) {
            events.list(filter(text), Math.max(0, offset - shift), limit).forEach(e -> page.add(new Target(e)));
        }
        return page.stream();
    }

    private int count(Query<Target, String> q) {
        String text = q.getFilter().orElse("").strip();
        return (offersOwn(text) ? 1 : 0) + events.count(filter(text));
    }
}
