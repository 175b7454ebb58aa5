package org.parallax.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.function.BiConsumer;
import org.parallax.event.EventSummary;

/**
 * Asks before merging events: lists their titles and which one stays (the newest unless the user
 * picks another); the others' articles move into it and the others disappear.
 */
class MergeDialog extends Dialog {

    MergeDialog(List<EventSummary> selected, BiConsumer<EventSummary, List<EventSummary>> onMerge) {
        setId("merge-dialog");
        setHeaderTitle("Merge " + EventUi.events(selected.size()) + "?");
        setWidth("min(40rem, 96vw)");

        RadioButtonGroup<EventSummary> target = new RadioButtonGroup<>("Keep as the event");
        target.setId("merge-target");
        target.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        target.setItems(selected);
        target.setItemLabelGenerator(e -> e.title() + " (" + EventUi.articles(e.articleCount()) + ", "
                + EventUi.dateSpan(e.from(), e.to()) + ")");
        target.setValue(selected.getFirst());
        target.setHelperText("The articles of the other events move into it and the other events disappear. "
                + "The event that stays keeps its title; you can rename it afterwards.");
        add(new Paragraph("These events will become one event with "
                + EventUi.articles(selected.stream().mapToInt(EventSummary::articleCount).sum()) + "."), target);

        Button confirm = new Button("Merge", e -> {
            EventSummary keep = target.getValue() == null ? selected.getFirst() : target.getValue();
            close();
            onMerge.accept(keep, selected.stream().filter(s -> s.id() != keep.id()).toList());
        });
        confirm.setId("confirm-merge");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-merge");
        getFooter().add(cancel, confirm);
    }
}
