package org.parallax.ingest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleSummary;
import org.parallax.article.ui.ArticleView;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.ImportListener;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.RecordProblem;
import org.parallax.ingest.UnreadableInputException;
import org.parallax.ui.FlagBadges;
import org.parallax.ui.Formats;

/**
 * Upload a file, watch its import progress, read its report (created, duplicates, rejected
 * records with reasons, warnings) and the articles it created.
 */
@Route("import")
@PageTitle("Import · Parallax")
@Menu(order = 20, title = "Import", icon = "vaadin:upload")
public class ImportView extends VerticalLayout {

    private static final ExecutorService IMPORTS = Executors.newVirtualThreadPerTaskExecutor();

    private final ImportService imports;
    private final ArticleRepository articles;
    private final Select<FormatOption> format = new Select<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancel = new Button("Cancel import");
    private final Div report = new Div();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    public ImportView(ImportService imports, ArticleRepository articles) {
        this.imports = imports;
        this.articles = articles;
        addClassName("px-view");

        format.setId("import-format");
        format.setLabel("Format");
        format.setWidth("22rem");
        List<FormatOption> options = FormatOption.all();
        format.setItems(options);
        format.setItemLabelGenerator(FormatOption::label);
        format.setValue(options.getFirst());

        Upload upload = new Upload(UploadHandler.toTempFile((meta, file) -> startImport(meta.fileName(), file)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span("Drop a file here, or choose one"));

        progress.setId("import-progress");
        progress.setVisible(false);
        progressText.setId("import-progress-text");
        cancel.setId("import-cancel");
        cancel.setVisible(false);
        cancel.addClickListener(e -> cancelRequested.set(true));
        report.setId("import-report");

        add(new H2("Import articles"),
                new Paragraph("Upload a file of news articles. Parallax reads each record, detects the outlet "
                        + "from the text, skips articles it already has, and tells you exactly which records it "
                        + "could not read and why. Supported: " + java.util.Arrays.stream(ImportFormat.values())
                        .map(ImportFormat::description).collect(java.util.stream.Collectors.joining("; ")) + "."),
                format, upload, progress, progressText, cancel, report);
    }

    private void startImport(String fileName, File file) {
        UI ui = UI.getCurrent();
        long size = file.length();
        ImportFormat requested = format.getValue() == null ? null : format.getValue().format();
        cancelRequested.set(false);
        ui.access(() -> {
            report.removeAll();
            progress.setVisible(true);
            progress.setIndeterminate(size == 0);
            progress.setValue(0);
            progressText.setText("Importing " + fileName + "…");
            cancel.setVisible(true);
        });
        IMPORTS.submit(() -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                ImportReport result = imports.importStream(fileName, in, requested, new ImportListener() {
                    @Override
                    public void progress(long bytesRead, int created, int duplicates, int rejected) {
                        ui.access(() -> {
                            progress.setValue(size == 0 ? 0 : Math.min(1.0, (double) bytesRead / size));
                            progressText.setText(created + " created, " + duplicates + " duplicates, " + rejected + " rejected so far");
                        });
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelRequested.get();
                    }
                });
                List<ArticleSummary> created = articles.findByIds(result.articleIds());
                ui.access(() -> showReport(result, created));
            } catch (UnreadableInputException e) {
                ui.access(() -> showError(fileName + " was not imported: " + e.getMessage()));
            } catch (IOException | RuntimeException e) {
                ui.access(() -> showError(fileName + " could not be imported: " + e.getMessage()));
            } finally {
                try {
                    Files.deleteIfExists(file.toPath());
                } catch (IOException ignored) {
                    // a temp file left behind is cleaned by the OS
                }
            }
        });
    }

    /** A choice in the format menu: a format, or detection from the content. */
    record FormatOption(@Nullable ImportFormat format, String label) {
        static List<FormatOption> all() {
            List<FormatOption> options = new java.util.ArrayList<>();
            options.add(new FormatOption(null, "Detect from the content"));
            for (ImportFormat f : ImportFormat.values()) {
                options.add(new FormatOption(f, f.description()));
            }
            return options;
        }
    }

    private void showError(String message) {
        progress.setVisible(false);
        cancel.setVisible(false);
        progressText.setText("");
        Paragraph error = new Paragraph(message);
        error.setId("import-error");
        error.addClassName("px-error");
        report.removeAll();
        report.add(error);
        Notification.show(message, 8000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void showReport(ImportReport r, List<ArticleSummary> created) {
        progress.setVisible(false);
        cancel.setVisible(false);
        progressText.setText("");
        report.removeAll();
        Paragraph summary = new Paragraph(r.sourceName() + " (" + r.format().toLowerCase()
                + (r.charset() == null ? "" : ", read as " + r.charset()) + "): "
                + r.created() + " created, " + r.duplicates() + " duplicates, " + r.rejected().size() + " rejected, "
                + r.warnings().size() + " warnings" + ("cancelled".equals(r.status()) ? " — cancelled" : ""));
        summary.setId("import-summary");
        summary.addClassName("px-report-summary");
        report.add(new H3("Report of import #" + r.id()), summary);
        section("Rejected records", "import-rejected", r.rejected());
        section("Duplicates (not stored again)", "import-duplicates", r.duplicateRecords());
        section("Warnings", "import-warnings", r.warnings());
        if (!created.isEmpty()) {
            Grid<ArticleSummary> grid = new Grid<>(ArticleSummary.class, false);
            grid.setId("import-articles");
            grid.setAriaLabel("Imported articles");
            grid.addColumn(a -> Formats.orDash(a.outlet())).setHeader("Outlet").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(ArticleSummary::title).setHeader("Title").setFlexGrow(3);
            grid.addColumn(ArticleSummary::wordCount).setHeader("Words").setAutoWidth(true).setFlexGrow(0);
            grid.addComponentColumn(a -> FlagBadges.of(a.flags())).setHeader("Flags").setAutoWidth(true);
            grid.setItems(created);
            grid.setAllRowsVisible(true);
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ArticleView.class, e.getItem().id())));
            report.add(new H3("Imported articles"), grid);
        }
        Button another = new Button("Import another file", e -> report.removeAll());
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        report.add(another);
    }

    private void section(String title, String id, List<RecordProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("px-report-list");
        for (RecordProblem p : problems) {
            list.add(new ListItem(p.record() + ": " + p.message()));
        }
        report.add(new H3(title + " (" + problems.size() + ")"), list);
    }
}
