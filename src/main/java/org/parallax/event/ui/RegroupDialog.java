package org.parallax.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parallax.event.EventChangeException;
import org.parallax.event.EventService;
import org.parallax.event.Granularity;
import org.parallax.event.RegroupResult;

/** Regroups every article (or those of a date range) at a chosen granularity, keeping manual decisions. */
class RegroupDialog extends Dialog {

    private final RadioButtonGroup<Granularity> granularity = new RadioButtonGroup<>("How tightly to group");

    RegroupDialog(EventService events, Runnable onDone) {
        setId("regroup-dialog");
        setHeaderTitle("Regroup articles into events");
        setWidth("min(40rem, 96vw)");

        granularity.setId("regroup-granularity");
        granularity.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> g.label() + " — " + describe(g));
        granularity.addValueChangeListener(e -> granularity.setHelperText(helper(e.getValue())));
        granularity.setValue(Granularity.DEFAULT);

        DatePicker from = new DatePicker("Published from");
        from.setId("regroup-from");
        from.setClearButtonVisible(true);
        DatePicker to = new DatePicker("Published to");
        to.setId("regroup-to");
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        HorizontalLayout range = new HorizontalLayout(from, to);
        range.setWrap(true);

        VerticalLayout content = new VerticalLayout(
                new Paragraph("Parallax forms the events again from the articles' text, names and dates. Pinned articles "
                        + "and articles you placed by hand stay where they are, and titles you gave events are kept. "
                        + String.format(Locale.ROOT, "Automatic grouping uses the threshold %.2f now.", events.threshold())),
                granularity,
                new Paragraph("Leave the dates empty to regroup every article, or pick a range to regroup only the "
                        + "articles published in it."),
                range);
        content.setPadding(false);
        add(content);

        Button run = new Button("Regroup", e -> {
            Granularity g = granularity.getValue() == null ? Granularity.DEFAULT : granularity.getValue();
            try {
                RegroupResult r = events.regroup(g.threshold(), EventUi.startOf(from.getValue()), EventUi.endOf(to.getValue()));
                close();
                EventUi.done(summary(r));
                onDone.run();
            } catch (EventChangeException ex) {
                EventUi.error(ex.getMessage());
            }
        });
        run.setId("run-regroup");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setDisableOnClick(true);
        run.addClickListener(e -> run.setEnabled(true));
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, run);
    }

    static String summary(RegroupResult r) {
        return "Regrouped " + EventUi.articles(r.articles()) + " into " + EventUi.events(r.events())
                + (r.pinnedKept() == 0 ? "" : r.pinnedKept() == 1 ? "; 1 pinned article stayed where it was"
                        : "; " + r.pinnedKept() + " pinned articles stayed where they were")
                + String.format(Locale.ROOT, " (%.1f s).", r.millis() / 1000.0);
    }

    private static String describe(Granularity g) {
        return switch (g) {
            case SAME_HAPPENING -> "tight: look-alike happenings stay apart";
            case SAME_EVENT -> "one event, covered over hours to days";
            case SAME_STORY -> "loose: follows a story over days";
        };
    }

    static String helper(@Nullable Granularity g) {
        return g == null ? "" : String.format(Locale.ROOT,
                "Similarity threshold %.2f: an article joins an event when its similarity to the event reaches it "
                        + "(0 = nothing in common, 1 = the same text). Without publication dates it must reach %.2f.",
                g.threshold(), g.threshold() * Granularity.UNDATED_FACTOR);
    }
}
