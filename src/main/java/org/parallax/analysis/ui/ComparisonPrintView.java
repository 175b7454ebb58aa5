package org.parallax.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.ComparedArticle;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.ComparisonService;
import org.parallax.analysis.ComparisonTables;
import org.parallax.analysis.TermGroup;
import org.parallax.ui.Formats;
import org.parallax.ui.RouteIds;

/**
 * The comparison on one printable page, without the app's menu: headlines, charts, and the tables
 * of every measure as plain HTML tables (long texts shortened; the CSV exports have them whole),
 * then the method notes. Imported text is set as text only.
 */
@Route(value = "events/:" + ComparisonPrintView.ID + "([0-9]{1,18})/compare/print", autoLayout = false)
public class ComparisonPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "eventId";
    /** Longest cell text printed. */
    static final int MAX_CELL = 240;
    /** The tables printed, in order (the sentence and actor-mention tables are too long for paper: see CSV). */
    static final List<String> PRINTED = List.of("similarity", "passages", "quotes", "speakers", "labels", "markers",
            "terms", "omissions");

    private final ComparisonService comparisons;
    private final ComparisonCharts.Factory charts;
    private String title = "Comparison · Parallax";

    public ComparisonPrintView(ComparisonService comparisons, ComparisonCharts.Factory charts) {
        this.comparisons = comparisons;
        this.charts = charts;
        addClassName("px-print");
        setId("print-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.of(event, ID, "event");
        show(comparisons.compare(id).orElseThrow(() -> new NotFoundException("No event " + id)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Comparison c) {
        removeAll();
        title = "Comparison: " + c.event().title() + " · Parallax";
        add(new H1("Comparison: " + c.event().title()));
        add(note(Sections.plural(c.articles().size(), "article", "articles") + " · lexicon " + c.lexicon()
                + " · offsets are character positions in each article's stored text"));

        add(new H2("Articles"));
        NativeTable articles = table(List.of("#", "Outlet", "Headline", "Published", "Words"));
        int n = 1;
        for (ComparedArticle a : c.articles()) {
            row(articles, List.of(String.valueOf(n++), c.label(a.id()), a.title(), Formats.dateTime(a.publishedAt()),
                    String.valueOf(a.words())));
        }
        add(articles);

        ComparisonCharts chartSlot = charts.create(c, (heading, explanation, evidence) -> {});
        add(new H2("Charts"));
        add(new H3("When each outlet published"));
        chartSlot.timeline(this);
        add(new H3("Similarity of the articles"));
        chartSlot.heatmap(this);
        for (TermGroup g : c.termGroups()) {
            if (!c.distinctiveTerms().getOrDefault(g.key(), List.of()).isEmpty()) {
                add(new H3("Distinctive words of " + g.label()));
                chartSlot.distinctiveBars(this, g.key());
            }
        }

        Map<String, ComparisonTables.Table> tables = ComparisonTables.all(c);
        for (String name : PRINTED) {
            ComparisonTables.Table t = tables.get(name);
            add(new H2(t.description()));
            if (t.rows().isEmpty()) {
                add(note("Nothing to list."));
                continue;
            }
            NativeTable table = table(t.columns());
            for (List<String> r : t.rows()) {
                row(table, r.stream().map(cell -> Sections.shorten(cell, MAX_CELL)).toList());
            }
            add(table);
        }

        add(new H2("How is this computed?"));
        for (ComparisonHelp.Entry e : ComparisonHelp.ENTRIES) {
            add(new H4(e.measure()), new Paragraph(e.how()), note("Reference: " + e.reference()));
        }
        add(new H3("Printed from Parallax"), note("The same figures are in /api/events/" + c.event().id()
                + "/comparison (JSON) and its CSV tables."));
    }

    private static NativeTable table(List<String> columns) {
        NativeTable table = new NativeTable();
        table.addClassName("px-print-table");
        NativeTableRow head = table.getHead().addRow();
        columns.forEach(col -> head.addHeaderCell().setText(col));
        return table;
    }

    private static void row(NativeTable table, List<String> cells) {
        NativeTableRow row = table.getBody().addRow();
        cells.forEach(cell -> row.addDataCell().setText(cell));
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("px-hint");
        return p;
    }
}
