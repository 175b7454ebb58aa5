package org.parallax.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.analysis.ComparedArticle;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.ComparisonService;
import org.parallax.analysis.ComparisonTables;
import org.parallax.analysis.Evidence;
import org.parallax.ui.EmptyState;
import org.parallax.ui.Formats;
import org.parallax.ui.RouteIds;
import org.parallax.ui.WindowWidth;

/**
 * The comparison of one event: the articles side by side with highlights, then what they share
 * (overlap), how their words differ (framing) and what each leaves out, every figure opening the
 * sentences it counts. Imported text is always set as text, never as markup.
 */
@Route("events/:" + ComparisonView.ID + "([0-9]{1,18})/compare")
public class ComparisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "eventId";
    /** Query parameter preselecting highlight modes, e.g. {@code ?highlight=shared,quotes}: a link that opens with them on. */
    static final String HIGHLIGHT = "highlight";
    /** Query parameter opening a chart element's evidence, e.g. {@code ?evidence=pair:1:2} (the charts' links without script). */
    static final String EVIDENCE = "evidence";
    /** Query parameter opening a tab: {@code ?tab=overlap}, {@code framing} or {@code omissions}. */
    static final String TAB = "tab";
    static final List<String> TAB_NAMES = List.of("side-by-side", "overlap", "framing", "omissions");

    private final ComparisonService comparisons;
    private final ComparisonCharts.Factory charts;
    private String pageTitle = "Compare · Parallax";
    private Comparison comparison;
    private ArticleColumns columns;
    private EvidencePanel selection;
    private TabSheet tabs;
    private ComparisonCharts chartSlot;
    private final Map<HighlightMode, Checkbox> toggles = new EnumMap<>(HighlightMode.class);

    public ComparisonView(ComparisonService comparisons, ComparisonCharts.Factory charts) {
        this.comparisons = comparisons;
        this.charts = charts;
        addClassNames("px-view", "px-compare");
        setPadding(false);
        WindowWidth.follow(this, width -> {
            if (columns != null) {
                columns.setNarrow(width < ArticleColumns.TABS_BELOW);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.of(event, ID, "event");
        show(comparisons.compare(id).orElseThrow(() -> new NotFoundException("No event " + id)));
        event.getLocation().getQueryParameters().getSingleParameter(TAB).ifPresent(name -> {
            int index = TAB_NAMES.indexOf(name.toLowerCase(java.util.Locale.ROOT));
            if (index >= 0) {
                tabs.setSelectedIndex(index);
            }
        });
        event.getLocation().getQueryParameters().getSingleParameter(EVIDENCE).ifPresent(key -> chartSlot.open(key));
        List<String> wanted = event.getLocation().getQueryParameters().getParameters().getOrDefault(HIGHLIGHT, List.of());
        for (String value : wanted) {
            for (String name : value.split(",")) {
                for (HighlightMode mode : HighlightMode.values()) {
                    if (mode.name().equalsIgnoreCase(name.strip())) {
                        toggles.get(mode).setValue(true);
                    }
                }
            }
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    /** The comparison on screen (for tests). */
    public Comparison comparison() {
        return comparison;
    }

    public ArticleColumns columns() {
        return columns;
    }

    public Checkbox toggle(HighlightMode mode) {
        return toggles.get(mode);
    }

    private void show(Comparison c) {
        comparison = c;
        pageTitle = "Compare: " + c.event().title() + " · Parallax";
        removeAll();
        toggles.clear();
        long eventId = c.event().id();

        Anchor back = new Anchor("events/" + eventId, "← Event page");
        back.getElement().setAttribute("router-link", true);
        H2 heading = new H2("Compare: " + c.event().title());
        heading.setId("compare-heading");
        Set<String> outlets = c.articles().stream().map(ComparedArticle::outlet).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Div meta = new Div(new Span(Sections.plural(c.articles().size(), "article", "articles")),
                new Span(Sections.plural(outlets.size(), "outlet", "outlets")), new Span("Lexicon: " + c.lexicon()));
        meta.addClassName("px-meta");
        add(back, heading, meta, actions(c), headlines(c));

        if (c.articles().size() < 2) {
            add(new EmptyState("Only one article in this event",
                    "A comparison needs at least two articles. Merge another event into this one from the event page: "
                            + "its related coverage lists events worded alike, each with a merge button. "
                            + "Or import more coverage of the same story.", relatedCoverage(eventId)));
        }
        chartSlot = charts.create(c, this::openEvidence);
        tabs = new TabSheet();
        tabs.setId("compare-tabs");
        tabs.setWidthFull();
        tabs.add("Side by side", sideBySide(c));
        tabs.add("Overlap", new OverlapSection(c, this::openEvidence, chartSlot));
        tabs.add("Framing", new FramingSection(c, this::openEvidence, chartSlot));
        tabs.add("Omissions", new OmissionsSection(c, this::openEvidence));
        add(tabs);
    }

    /** The event page's related-coverage section, where another event can be merged into this one. */
    private static Anchor relatedCoverage(long eventId) {
        Anchor a = new Anchor("events/" + eventId + "#related", "See related coverage to merge");
        a.setId("compare-related-link");
        return a;
    }

    private Component actions(Comparison c) {
        long id = c.event().id();
        Button help = new Button("How is this computed?", VaadinIcon.QUESTION_CIRCLE_O.create(), e -> openHelp());
        help.setId("compare-help");
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor print = new Anchor("events/" + id + "/compare/print", "Printable page");
        print.setId("compare-print");
        print.setTarget(AnchorTarget.BLANK);
        Div downloads = new Div();
        downloads.addClassName("px-downloads");
        Anchor json = new Anchor("api/events/" + id + "/comparison", "All as JSON");
        json.setTarget(AnchorTarget.BLANK);
        downloads.add(json);
        for (String table : ComparisonTables.NAMES) {
            Anchor csv = new Anchor("api/events/" + id + "/comparison/" + table + ".csv", table + ".csv");
            csv.getElement().setAttribute("download", true);
            downloads.add(csv);
        }
        Details export = new Details("Export", downloads);
        export.setId("compare-export");
        HorizontalLayout bar = new HorizontalLayout(help, print, export);
        bar.addClassName("px-toolbar");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private static Component headlines(Comparison c) {
        Div strip = new Div();
        strip.addClassName("px-headlines");
        strip.setId("headline-strip");
        strip.getElement().setAttribute("aria-label", "All headlines");
        for (ComparedArticle a : c.articles()) {
            Div card = new Div();
            card.addClassName("px-headline");
            Span outlet = new Span(a.source());
            outlet.addClassName("px-headline-outlet");
            Div title = new Div();
            title.setText(a.title());
            title.addClassName("px-headline-title");
            Span when = new Span(Formats.dateTime(a.publishedAt()));
            when.addClassName("px-meta");
            card.add(outlet, title, when);
            strip.add(card);
        }
        return strip;
    }

    private Component sideBySide(Comparison c) {
        Highlights highlights = new Highlights(c);
        selection = new EvidencePanel(c);
        selection.setId("selection");
        columns = new ArticleColumns(c, highlights, key -> showSelection(highlights, key));

        Div legend = new Div();
        legend.addClassName("px-modes");
        legend.setId("highlight-modes");
        legend.getElement().setAttribute("role", "group");
        legend.getElement().setAttribute("aria-label", "Highlight");
        for (HighlightMode mode : HighlightMode.values()) {
            Checkbox box = new Checkbox(mode.label());
            box.setId(mode.toggleId());
            box.addClassNames("px-mode", mode.cssClass() + "-toggle");
            box.setTooltipText(mode.description());
            box.addValueChangeListener(e -> columns.setModes(selectedModes()));
            toggles.put(mode, box);
            legend.add(box);
        }

        MultiSelectComboBox<ComparedArticle> chooser = new MultiSelectComboBox<>("Columns");
        chooser.setId("column-chooser");
        chooser.setItems(c.articles());
        chooser.setItemLabelGenerator(a -> a.source() + ": " + Sections.shorten(a.title(), 60));
        chooser.setValue(new LinkedHashSet<>(c.articles()));
        chooser.setWidth("min(100%, 32rem)");
        chooser.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                columns.setVisible(e.getValue().stream().map(ComparedArticle::id).collect(Collectors.toSet()));
            }
        });
        Div hint = new Div(Sections.hint("Tick what to highlight; click or press Enter on a highlight to find its "
                + "counterparts in the other columns. Hide, show and move columns with the buttons in their headers."));
        Div area = new Div(legend, new CopyLegend(), chooser, hint, columns, selection);
        area.addClassName("px-side-by-side");
        return area;
    }

    private Set<HighlightMode> selectedModes() {
        Set<HighlightMode> modes = EnumSet.noneOf(HighlightMode.class);
        toggles.forEach((mode, box) -> {
            if (Boolean.TRUE.equals(box.getValue())) {
                modes.add(mode);
            }
        });
        return modes;
    }

    private void showSelection(Highlights highlights, String key) {
        List<Highlight> all = highlights.withKey(key);
        if (all.isEmpty()) {
            selection.clear();
            return;
        }
        Highlight first = all.getFirst();
        List<Evidence> evidence = all.stream().map(h -> new Evidence(h.articleId(), h.begin(), h.end())).toList();
        selection.show(first.title(), "Marked in every column that has it.", evidence);
    }

    private void openEvidence(String heading, String explanation, List<Evidence> evidence) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Evidence");
        dialog.setWidth("min(92vw, 48rem)");
        EvidencePanel panel = new EvidencePanel(comparison);
        panel.setId("evidence-dialog-panel");
        panel.show(heading, explanation, evidence);
        dialog.add(panel);
        Button close = new Button("Close", e -> dialog.close());
        close.setId("evidence-close");
        dialog.getFooter().add(close);
        dialog.open();
        close.focus();
    }

    private void openHelp() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("How is this computed?");
        dialog.setWidth("min(92vw, 52rem)");
        dialog.add(new ComparisonHelp());
        Button close = new Button("Close", e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** The tabs (for tests). */
    public TabSheet tabs() {
        return tabs;
    }
}
