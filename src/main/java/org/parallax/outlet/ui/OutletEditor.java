package org.parallax.outlet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.OutletChangeException;
import org.parallax.outlet.OutletDetails;
import org.parallax.outlet.OutletMetadata;
import org.parallax.outlet.OutletRating;
import org.parallax.outlet.OutletService;
import org.parallax.outlet.Ownership;
import org.parallax.ui.Formats;

/** A dialog to edit one outlet: metadata, other names, ratings, and merging it into another outlet. */
class OutletEditor extends Dialog {

    private final OutletService service;
    private final Runnable onChange;
    private final TextField name = new TextField("Name");
    private final TextField homepage = new TextField("Homepage");
    private final TextField country = new TextField("Country");
    private final TextField language = new TextField("Language");
    private final Select<Ownership> ownership = new Select<>();
    private final Paragraph aliases = new Paragraph();
    private final Grid<OutletRating> ratings = new Grid<>(OutletRating.class, false);
    private OutletDetails outlet;

    OutletEditor(OutletService service, OutletDetails outlet, Supplier<List<Outlet>> allOutlets, Runnable onChange) {
        this.service = service;
        this.onChange = onChange;
        setId("outlet-editor");
        setHeaderTitle("Edit outlet");
        setWidth("min(44rem, 96vw)");

        name.setId("outlet-name");
        ownership.setLabel("Ownership");
        ownership.setId("outlet-ownership");
        ownership.setItems(Ownership.values());
        ownership.setItemLabelGenerator(Ownership::key);
        ownership.setEmptySelectionAllowed(true);
        FormLayout form = new FormLayout(name, homepage, country, language, ownership);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));

        aliases.setId("outlet-aliases");
        TextField newAlias = new TextField();
        newAlias.setPlaceholder("Another name or web host");
        newAlias.setAriaLabel("Another name or web host");
        Button addAlias = new Button("Add name", e -> change(() -> service.addAlias(this.outlet.id(), newAlias.getValue()), newAlias::clear));

        ratings.setId("outlet-ratings");
        ratings.setAllRowsVisible(true);
        ratings.addColumn(OutletRating::source).setHeader("Source");
        ratings.addColumn(OutletRating::rating).setHeader("Rating");
        ratings.addColumn(r -> Formats.orDash(r.ratedOn())).setHeader("Date");
        ratings.addComponentColumn(r -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> change(() -> service.removeRating(this.outlet.id(), r.id()), () -> {}));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove the rating from " + r.source());
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        TextField ratingSource = new TextField("Rated by");
        TextField rating = new TextField("Rating");
        DatePicker ratedOn = new DatePicker("Date");
        Button addRating = new Button("Add rating", e -> change(
                () -> service.addRating(this.outlet.id(), ratingSource.getValue(), rating.getValue(), ratedOn.getValue(), null),
                () -> { ratingSource.clear(); rating.clear(); ratedOn.clear(); }));
        addRating.setId("add-rating");
        HorizontalLayout ratingForm = new HorizontalLayout(ratingSource, rating, ratedOn, addRating);
        ratingForm.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        ratingForm.setWrap(true);

        ComboBox<Outlet> mergeTarget = new ComboBox<>("Merge this outlet into");
        mergeTarget.setId("merge-target");
        mergeTarget.setItems(allOutlets.get().stream().filter(o -> o.id() != outlet.id()).toList());
        mergeTarget.setItemLabelGenerator(Outlet::name);
        Button merge = new Button("Merge", e -> {
            if (mergeTarget.getValue() != null) {
                change(() -> service.merge(this.outlet.id(), mergeTarget.getValue().id()), this::close);
            }
        });
        merge.setId("merge-outlet");
        merge.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout mergeRow = new HorizontalLayout(mergeTarget, merge);
        mergeRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        VerticalLayout content = new VerticalLayout(form,
                new H4("Other names"), aliases, new HorizontalLayout(newAlias, addAlias),
                new H4("Ratings"), new Paragraph("Parallax ships no ratings. Record a rating with who made it and when."),
                ratings, ratingForm,
                new H4("Merge"), new Paragraph("Moves all its articles, ratings and names to the other outlet."), mergeRow);
        content.setPadding(false);
        add(content);

        Button save = new Button("Save", e -> change(() -> service.update(this.outlet.id(), new OutletMetadata(
                name.getValue(), homepage.getValue(), country.getValue(), language.getValue(), ownership.getValue())), () -> {}));
        save.setId("save-outlet");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", e -> close()), save);
        show(outlet);
    }

    private void show(OutletDetails o) {
        this.outlet = o;
        name.setValue(o.name());
        homepage.setValue(o.homepage() == null ? "" : o.homepage());
        country.setValue(o.country() == null ? "" : o.country());
        language.setValue(o.language() == null ? "" : o.language());
        ownership.setValue(o.ownership());
        aliases.setText(o.aliases().isEmpty() ? "None yet." : String.join(", ", o.aliases()));
        ratings.setItems(o.ratings());
    }

    private void change(Supplier<OutletDetails> action, Runnable after) {
        try {
            show(action.get());
            after.run();
            onChange.run();
            Notification.show("Saved", 2000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (OutletChangeException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
