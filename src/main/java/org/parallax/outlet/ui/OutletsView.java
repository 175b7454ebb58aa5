package org.parallax.outlet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.Map;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.OutletRepository;
import org.parallax.outlet.OutletService;
import org.parallax.ui.EmptyState;
import org.parallax.ui.Formats;

/** The outlets Parallax knows, with their article counts; edit, merge and rate them. */
@Route("outlets")
@PageTitle("Outlets · Parallax")
@Menu(order = 30, title = "Outlets", icon = "vaadin:building")
public class OutletsView extends VerticalLayout {

    private final OutletRepository outlets;
    private final OutletService service;
    private final Grid<Outlet> grid = new Grid<>(Outlet.class, false);
    private final EmptyState empty = new EmptyState("No outlets yet", "Outlets appear here once you import articles.");

    public OutletsView(OutletRepository outlets, OutletService service) {
        this.outlets = outlets;
        this.service = service;
        addClassName("px-view");
        setSizeFull();
        grid.setId("outlets-grid");
        grid.setAriaLabel("Outlets");
        grid.addColumn(Outlet::name).setHeader("Outlet").setFlexGrow(2).setSortable(true);
        grid.addColumn(Outlet::articleCount).setHeader("Articles").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(o -> Formats.orDash(o.country())).setHeader("Country").setAutoWidth(true);
        grid.addColumn(o -> Formats.orDash(o.language())).setHeader("Language").setAutoWidth(true);
        grid.addColumn(o -> Formats.orDash(o.ownership())).setHeader("Ownership").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(new H2("Outlets"), new Paragraph("Outlets are detected from each article's text or metadata. "
                + "Edit an outlet to add its country, ownership and ratings, or merge two names of one outlet."), empty, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private HorizontalLayout actions(Outlet o) {
        Button edit = new Button("Edit", e -> service.details(o.id())
                .ifPresent(d -> new OutletEditor(service, d, outlets::findAll, this::refresh).open()));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel("Edit " + o.name());
        Button articles = new Button("Articles", e -> getUI().ifPresent(ui -> ui.navigate("articles",
                QueryParameters.simple(Map.of("outlet", String.valueOf(o.id()))))));
        articles.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        articles.setAriaLabel("Articles of " + o.name());
        return new HorizontalLayout(edit, articles);
    }

    private void refresh() {
        var all = outlets.findAll();
        grid.setItems(all);
        empty.setVisible(all.isEmpty());
        grid.setVisible(!all.isEmpty());
    }
}
