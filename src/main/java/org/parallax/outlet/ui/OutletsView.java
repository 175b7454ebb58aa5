package org.parallax.outlet.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.OutletRepository;
import org.parallax.ui.EmptyState;
import org.parallax.ui.Formats;

/** The outlets Parallax knows, with their article counts; a click lists an outlet's articles. */
@Route("outlets")
@PageTitle("Outlets · Parallax")
@Menu(order = 30, title = "Outlets", icon = "vaadin:building")
public class OutletsView extends VerticalLayout {

    public OutletsView(OutletRepository outlets) {
        addClassName("px-view");
        setSizeFull();
        List<Outlet> all = outlets.findAll();
        add(new H2("Outlets"), new Paragraph("Outlets are detected from each article's text or metadata. "
                + "Click an outlet to see its articles."));
        if (all.isEmpty()) {
            add(new EmptyState("No outlets yet", "Outlets appear here once you import articles."));
            return;
        }
        Grid<Outlet> grid = new Grid<>(Outlet.class, false);
        grid.setId("outlets-grid");
        grid.setAriaLabel("Outlets");
        grid.addColumn(Outlet::name).setHeader("Outlet").setFlexGrow(2);
        grid.addColumn(Outlet::articleCount).setHeader("Articles").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> Formats.orDash(o.country())).setHeader("Country").setAutoWidth(true);
        grid.addColumn(o -> Formats.orDash(o.language())).setHeader("Language").setAutoWidth(true);
        grid.addColumn(o -> Formats.orDash(o.ownership())).setHeader("Ownership").setAutoWidth(true);
        grid.setItems(all);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("articles",
                QueryParameters.simple(Map.of("outlet", String.valueOf(e.getItem().id()))))));
        add(grid);
        setFlexGrow(1, grid);
    }
}
