package org.parallax.ingest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.parallax.article.ArticleFilter;
import org.parallax.article.ArticleRepository;
import org.parallax.ingest.ImportBatchRepository;
import org.parallax.ingest.ImportBatchRepository.ImportSummary;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.RecordProblem;
import org.parallax.ui.EmptyState;
import org.parallax.ui.Formats;

/** Every import so far, newest first; select one to read its whole report. */
@Route("imports")
@PageTitle("Import history · Parallax")
@Menu(order = 25, title = "Import history", icon = "vaadin:clock")
public class ImportsView extends VerticalLayout {

    private final ImportBatchRepository batches;
    private final ArticleRepository articleStore;
    private final Div report = new Div();

    public ImportsView(ImportBatchRepository batches, ArticleRepository articleStore) {
        this.batches = batches;
        this.articleStore = articleStore;
        addClassName("px-view");
        List<ImportSummary> recent = batches.findRecent(500);
        add(new H2("Import history"), new Paragraph("Every import with its counts. Select one to see which records "
                + "were rejected and why, the duplicates, and the warnings."));
        if (recent.isEmpty()) {
            add(new EmptyState("No imports yet", "Import a file and its report will be kept here.",
                    new Button("Import articles", e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)))));
            return;
        }
        Grid<ImportSummary> grid = new Grid<>(ImportSummary.class, false);
        grid.setId("imports-grid");
        grid.setAriaLabel("Imports");
        grid.addColumn(ImportSummary::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportSummary::sourceName).setHeader("Source").setFlexGrow(2);
        grid.addColumn(s -> s.format().toLowerCase()).setHeader("Format").setAutoWidth(true);
        grid.addColumn(ImportSummary::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(ImportSummary::created).setHeader("Created").setAutoWidth(true);
        grid.addColumn(ImportSummary::duplicates).setHeader("Duplicates").setAutoWidth(true);
        grid.addColumn(ImportSummary::rejected).setHeader("Rejected").setAutoWidth(true);
        grid.addColumn(ImportSummary::warnings).setHeader("Warnings").setAutoWidth(true);
        grid.addColumn(s -> Formats.dateTime(s.startedAt())).setHeader("Started").setAutoWidth(true);
        grid.setItems(recent);
        grid.setAllRowsVisible(recent.size() <= 15);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                batches.findReport(e.getValue().id()).ifPresent(this::show);
            }
        });
        report.setId("import-history-report");
        add(grid, report);
    }

    private void show(ImportReport r) {
        report.removeAll();
        report.add(new H3("Import #" + r.id() + ": " + r.sourceName()));
        statusExplanation(r).ifPresent(text -> {
            Paragraph explanation = new Paragraph(text);
            explanation.setId("import-status-explanation");
            report.add(explanation);
        });
        Button articles = new Button("Show its " + r.created() + " articles", e -> getUI().ifPresent(ui -> ui.navigate("articles",
                QueryParameters.simple(Map.of("import", String.valueOf(r.id()))))));
        articles.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        articles.setEnabled(r.created() > 0);
        report.add(articles);
        int withoutOutlet = articleStore.count(new ArticleFilter(null, null, r.id(), true));
        if (withoutOutlet > 0) {
            Button fix = new Button("Fix its " + withoutOutlet + (withoutOutlet == 1 ? " article" : " articles")
                    + " without an outlet", e -> getUI().ifPresent(ui -> ui.navigate("articles",
                    QueryParameters.simple(Map.of("import", String.valueOf(r.id()), "outlet", "none")))));
            fix.setId("import-no-outlet");
            fix.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            report.add(fix);
        }
        section("Rejected records", r.rejected());
        section("Duplicates", r.duplicateRecords());
        section("Warnings", r.warnings());
    }

    /** A plain sentence on an import that did not finish: what is stored, what is not, what to do. */
    static java.util.Optional<String> statusExplanation(ImportReport r) {
        return switch (r.status()) {
            case ImportBatchRepository.INTERRUPTED -> java.util.Optional.of("Interrupted: Parallax stopped while this import ran "
                    + "(it was shut down, killed or crashed). The " + r.created() + " articles of its completed transactions are "
                    + "stored and grouped; the rest of the file was not. Import the file again to add the rest: the articles "
                    + "already stored are reported as duplicates, not stored twice.");
            case "failed" -> java.util.Optional.of("Failed: the import stopped before the end of the file (see the rejected "
                    + "records for why). The " + r.created() + " articles of its completed transactions are stored; nothing of "
                    + "a transaction that failed is.");
            case "running" -> java.util.Optional.of("Running: the counts show what its completed transactions have stored so far.");
            default -> java.util.Optional.empty();
        };
    }

    private void section(String title, List<RecordProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("px-report-list");
        problems.forEach(p -> list.add(new ListItem(p.record() + ": " + p.message())));
        report.add(new H3(title + " (" + problems.size() + ")"), list);
    }
}
