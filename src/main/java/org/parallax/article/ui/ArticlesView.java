package org.parallax.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleFilter;
import org.parallax.article.ArticleOutletException;
import org.parallax.article.ArticleOutletService;
import org.parallax.article.ArticleOutletService.OutletChange;
import org.parallax.article.ArticleOutletService.OutletChoice;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleSummary;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.OutletRepository;
import org.parallax.ui.EmptyState;
import org.parallax.ui.FlagBadges;
import org.parallax.ui.Formats;

/**
 * Every stored article in a lazy grid paged in SQL, filtered by outlet and text, or to those with no outlet
 * ({@code ?outlet=none}). Selected articles can be given an outlet in one go.
 */
@Route("articles")
@PageTitle("Articles · Parallax")
@Menu(order = 10, title = "Articles", icon = "vaadin:newspaper")
public class ArticlesView extends VerticalLayout implements BeforeEnterObserver {

    public static final String OUTLET_PARAM = "outlet";
    public static final String BATCH_PARAM = "import";
    /** The value of {@link #OUTLET_PARAM} that shows the articles without an outlet. */
    public static final String NO_OUTLET = "none";

    private final ArticleRepository articles;
    private final Grid<ArticleSummary> grid = new Grid<>(ArticleSummary.class, false);
    private final ComboBox<Outlet> outlet = new ComboBox<>("Outlet");
    private final TextField search = new TextField("Search");
    private final Checkbox noOutlet = new Checkbox("No outlet only");
    private final OutletPicker bulkOutlet = new OutletPicker("Outlet for the selected articles", "bulk-outlet-choice");
    private final Button bulkSet = new Button("Set outlet of selected");
    private final ArticleOutletService outletChanges;
    private final Span total = new Span();
    private final EmptyState empty = new EmptyState("No articles yet",
            "Import a digest file to see its articles here, outlet by outlet.",
            new Button("Import articles", VaadinIcon.UPLOAD.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("import"))));
    private @Nullable Long batchId;

    private final OutletRepository outlets;

    public ArticlesView(ArticleRepository articles, OutletRepository outlets, ArticleOutletService outletChanges) {
        this.articles = articles;
        this.outlets = outlets;
        this.outletChanges = outletChanges;
        addClassName("px-view");
        setSizeFull();

        outlet.setId("outlet-filter");
        outlet.setItemLabelGenerator(o -> o.name() + " (" + o.articleCount() + ")");
        outlet.setClearButtonVisible(true);
        outlet.setPlaceholder("All outlets");
        outlet.addValueChangeListener(e -> refresh());

        search.setId("text-filter");
        search.setPlaceholder("Words in title or text");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        noOutlet.setId("no-outlet-filter");
        noOutlet.addValueChangeListener(e -> {
            outlet.setEnabled(!e.getValue());
            refresh();
        });

        total.setId("article-total");
        HorizontalLayout toolbar = new HorizontalLayout(outlet, search, noOutlet, total);
        toolbar.addClassName("px-toolbar");
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        bulkSet.setId("bulk-outlet-button");
        bulkSet.setEnabled(false);
        bulkSet.addClickListener(e -> setOutletOfSelected());
        bulkOutlet.addValueChangeListener(e -> updateBulkButton());
        HorizontalLayout bulk = new HorizontalLayout(bulkOutlet, bulkSet);
        bulk.setId("bulk-outlet-bar");
        bulk.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("articles-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> updateBulkButton());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> Formats.orDash(a.outlet())).setHeader("Outlet").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArticleSummary::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(a -> Formats.dateTime(a.publishedAt())).setHeader("Published").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArticleSummary::wordCount).setHeader("Words").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> FlagBadges.of(a.flags())).setHeader("Flags").setAutoWidth(true);
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null) {
                getUI().ifPresent(ui -> ui.navigate(ArticleView.class, e.getItem().id()));
            }
        });
        grid.setAriaLabel("Articles");

        add(new H2("Articles"),
                new Paragraph("Every article Parallax has stored. Click one to read its cleaned text."),
                toolbar, empty, grid, bulk);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        outlet.setItems(outlets.findAll());
        bulkOutlet.load(outlets);
        QueryParameters params = event.getLocation().getQueryParameters();
        noOutlet.setValue(params.getSingleParameter(OUTLET_PARAM).filter(NO_OUTLET::equals).isPresent());
        Optional<Long> outletId = params.getSingleParameter(OUTLET_PARAM).flatMap(ArticlesView::parseLong);
        batchId = params.getSingleParameter(BATCH_PARAM).flatMap(ArticlesView::parseLong).orElse(null);
        outletId.flatMap(id -> outlet.getListDataView().getItems().filter(o -> o.id() == id).findFirst())
                .ifPresent(outlet::setValue);
        refresh();
    }

    private void refresh() {
        boolean withoutOutlet = noOutlet.getValue();
        ArticleFilter filter = new ArticleFilter(outlet.getValue() == null || withoutOutlet ? null : outlet.getValue().id(),
                search.getValue(), batchId, withoutOutlet);
        int count = articles.count(filter);
        grid.setItems(q -> articles.findPage(filter, q.getOffset(), q.getLimit()).stream(), q -> articles.count(filter));
        total.setText(count == 1 ? "1 article" : count + " articles");
        boolean nothingStored = count == 0 && outlet.isEmpty() && search.isEmpty() && batchId == null && !withoutOutlet;
        empty.setVisible(nothingStored);
        grid.setVisible(!nothingStored);
    }

    private void updateBulkButton() {
        bulkSet.setEnabled(!grid.getSelectedItems().isEmpty() && bulkOutlet.getValue() != null
                && !bulkOutlet.getValue().isBlank());
    }

    private void setOutletOfSelected() {
        try {
            OutletChange change = outletChanges.setOutlet(
                    grid.getSelectedItems().stream().map(ArticleSummary::id).toList(),
                    OutletChoice.byName(bulkOutlet.getValue()));
            int n = change.articleIds().size();
            Notification.show((n == 1 ? "1 article" : n + " articles") + " now credited to " + change.outlet(),
                    3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.deselectAll();
            Long filtered = outlet.getValue() == null ? null : outlet.getValue().id();
            outlet.setItems(outlets.findAll());
            if (filtered != null) {
                outlet.getListDataView().getItems().filter(o -> o.id() == filtered).findFirst().ifPresent(outlet::setValue);
            }
            bulkOutlet.load(outlets);
            refresh();
        } catch (ArticleOutletException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
