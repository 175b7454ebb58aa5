package org.parallax.lexicon.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextAreaVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.parallax.lexicon.InvalidLexiconException;
import org.parallax.lexicon.LexiconJson;
import org.parallax.lexicon.LexiconService;
import org.parallax.lexicon.StoredLexicon;
import org.parallax.text.compare.Lexicon;
import org.parallax.ui.EmptyState;

/**
 * The lexicons the comparison uses: list them, switch each on or off, edit one (concepts and
 * their competing names, hedges, intensifiers, attribution verbs by class), create, delete,
 * import a JSON file and export them.
 */
@Route("lexicons")
@PageTitle("Lexicons · Parallax")
@Menu(order = 40, title = "Lexicons", icon = "vaadin:book")
public class LexiconsView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter that opens a lexicon in the editor: {@code lexicons?lexicon=starter}. */
    public static final String LEXICON_PARAMETER = "lexicon";

    /** A concept being edited: its name and its variants as comma-separated text. */
    static final class ConceptRow {
        String concept;
        String variants;

        ConceptRow(String concept, String variants) {
            this.concept = concept;
            this.variants = variants;
        }
    }

    /** An attribution verb class being edited. */
    private record VerbRow(TextField name, TextArea verbs, HorizontalLayout row) {}

    private final LexiconService service;
    private final Grid<StoredLexicon> lexicons = new Grid<>();
    private final EmptyState empty;
    private final Div editor = new Div();
    private final Span selectHint = new Span("Select a lexicon to edit it.");
    private final H3 editorTitle = new H3();
    private final TextField name = new TextField("Name");
    private final Paragraph error = new Paragraph();
    private final Grid<ConceptRow> concepts = new Grid<>();
    private final List<ConceptRow> conceptRows = new ArrayList<>();
    private final Span conceptCount = new Span();
    private final TextArea hedges = new TextArea("Hedges");
    private final TextArea intensifiers = new TextArea("Intensifiers");
    private final VerticalLayout verbRowsBox = new VerticalLayout();
    private final List<VerbRow> verbRows = new ArrayList<>();
    private final VerticalLayout markerRowsBox = new VerticalLayout();
    private final List<VerbRow> markerRows = new ArrayList<>();
    private final Anchor exportOne = new Anchor();
    private final Button delete = new Button("Delete lexicon", VaadinIcon.TRASH.create());
    private @Nullable String editing;
    private boolean selectingProgrammatically;

    public LexiconsView(LexiconService service) {
        this.service = service;
        addClassName("px-view");
        setWidthFull();

        Paragraph help = new Paragraph("A lexicon lists words whose choice shows how an outlet frames a story: "
                + "concepts with competing names (Artsakh, Nagorno-Karabakh or Karabakh; blockade or checkpoint), "
                + "hedges that distance the writer from a claim (allegedly, so-called), loaded intensifiers "
                + "(brutal, unprecedented) and attribution verbs by class (said is neutral, claimed casts doubt, "
                + "admitted concedes).");
        help.addClassName("px-lead");
        Paragraph use = new Paragraph("The comparison counts each outlet's use of these words, the outlet's own voice "
                + "counted separately from inside quotes. It uses every enabled lexicon, merged into one: concepts with "
                + "the same name pool their variants. To extend it, select a lexicon and add a variant or a concept, "
                + "or import a lexicon of your own; the next comparison uses the change.");
        use.addClassName("px-lead");
        use.setId("lexicons-use");
        help.setId("lexicons-help");

        Button create = new Button("New lexicon", VaadinIcon.PLUS.create(), e -> startNew());
        create.setId("new-lexicon");
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> importFile(meta.fileName(), bytes));
        }));
        upload.setId("lexicon-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setUploadButton(new Button("Import JSON…", VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span("or drop a lexicon file here"));
        upload.addClassName("px-lexicon-upload");
        Anchor exportAll = new Anchor(DownloadHandler.fromInputStream(event -> json("lexicons.json", LexiconJson.write(service.list()))),
                "Export all as JSON");
        exportAll.setId("export-lexicons");
        Button reset = new Button("Restore starter", VaadinIcon.ROTATE_LEFT.create(), e -> confirmReset());
        reset.setId("reset-starter");
        HorizontalLayout toolbar = new HorizontalLayout(create, reset, exportAll, upload);
        toolbar.addClassName("px-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();

        Button emptyCreate = new Button("New lexicon", e -> startNew());
        emptyCreate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button emptyRestore = new Button("Restore the starter lexicon", e -> change(service::resetStarter, "Starter lexicon restored"));
        empty = new EmptyState("No lexicons", "Until you add one, comparisons use the starter lexicon that ships with "
                + "Parallax. Restore it to edit it, create a lexicon of your own, or import a JSON file.", emptyRestore, emptyCreate);

        lexicons.setId("lexicons-grid");
        lexicons.setAriaLabel("Lexicons");
        lexicons.setAllRowsVisible(true);
        lexicons.addThemeVariants(GridVariant.LUMO_COMPACT);
        lexicons.addColumn(StoredLexicon::name).setHeader("Lexicon").setKey("name").setFlexGrow(2);
        lexicons.addComponentColumn(this::enabledToggle).setHeader("Used in comparisons").setKey("enabled").setAutoWidth(true).setFlexGrow(0);
        lexicons.addColumn(StoredLexicon::conceptCount).setHeader("Concepts").setKey("concepts").setAutoWidth(true).setFlexGrow(0);
        lexicons.addColumn(StoredLexicon::hedgeCount).setHeader("Hedges").setKey("hedges").setAutoWidth(true).setFlexGrow(0);
        lexicons.addSelectionListener(e -> {
            if (!selectingProgrammatically) {
                e.getFirstSelectedItem().ifPresent(l -> edit(l.name()));
            }
        });
        lexicons.setMaxWidth("56rem");

        buildEditor();
        selectHint.addClassName("px-meta");
        selectHint.setId("lexicons-select-hint");
        selectHint.getStyle().set("margin-top", "calc(-1 * var(--lumo-space-s))");
        add(new H2("Lexicons"), help, use, toolbar, empty, lexicons, selectHint, editor);
        refresh(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(LEXICON_PARAMETER).ifPresent(n -> {
            refresh(n);
            edit(n);
        });
    }

    // ---- list ----------------------------------------------------------------------------------

    private Checkbox enabledToggle(StoredLexicon l) {
        Checkbox on = new Checkbox(l.enabled());
        on.setAriaLabel("Use " + l.name() + " in comparisons");
        on.setId("enabled-" + l.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        on.addValueChangeListener(e -> {
            if (e.getValue() != l.enabled()) {
                service.setEnabled(l.name(), e.getValue());
                Notification.show(l.name() + (e.getValue() ? " is used in comparisons" : " is no longer used in comparisons"),
                        2500, Notification.Position.BOTTOM_START);
                refresh(editing);
            }
        });
        return on;
    }

    private void refresh(@Nullable String select) {
        List<StoredLexicon> all = service.list();
        lexicons.setItems(all);
        empty.setVisible(all.isEmpty());
        lexicons.setVisible(!all.isEmpty());
        selectHint.setVisible(!all.isEmpty() && !editor.isVisible());
        selectingProgrammatically = true;
        try {
            lexicons.deselectAll();
            if (select != null) {
                all.stream().filter(l -> l.name().equals(select)).findFirst().ifPresent(lexicons::select);
            }
        } finally {
            selectingProgrammatically = false;
        }
    }

    // ---- editor --------------------------------------------------------------------------------

    private void buildEditor() {
        editor.setId("lexicon-editor");
        editor.addClassName("px-lexicon-editor");
        editor.setWidthFull();
        editor.setMaxWidth("72rem");
        editor.setVisible(false);
        editor.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("margin-top", "var(--lumo-space-m)");
        editorTitle.getStyle().set("margin-top", "var(--lumo-space-m)");

        name.setId("lexicon-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setWidth("min(24rem, 100%)");
        error.setId("lexicon-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "500");
        error.setVisible(false);

        concepts.setId("concepts-grid");
        concepts.setAriaLabel("Concepts and their competing names");
        concepts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        concepts.setHeight("24rem");
        concepts.setSelectionMode(Grid.SelectionMode.NONE);
        concepts.addComponentColumn(row -> {
            TextField f = new TextField();
            f.setValue(row.concept);
            f.setWidthFull();
            f.addThemeVariants(TextFieldVariant.LUMO_SMALL);
            f.setAriaLabel("Concept");
            f.addValueChangeListener(e -> row.concept = e.getValue());
            return f;
        }).setHeader("Concept").setKey("concept").setFlexGrow(3);
        concepts.addComponentColumn(row -> {
            TextArea f = new TextArea();
            f.setValue(row.variants);
            f.setWidthFull();
            f.addThemeVariants(TextAreaVariant.LUMO_SMALL);
            f.setAriaLabel("Variants of " + row.concept + ", separated by commas");
            f.addValueChangeListener(e -> row.variants = e.getValue());
            return f;
        }).setHeader("Variants (comma-separated)").setKey("variants").setFlexGrow(5);
        concepts.addComponentColumn(row -> {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                conceptRows.remove(row);
                showConcepts();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove concept " + row.concept);
            remove.setTooltipText("Remove concept");
            return remove;
        }).setHeader("").setKey("remove").setAutoWidth(true).setFlexGrow(0);

        TextField newConcept = new TextField("New concept");
        newConcept.setId("new-concept");
        newConcept.setPlaceholder("e.g. the war in Ukraine");
        TextField newVariants = new TextField("Its variants");
        newVariants.setId("new-variants");
        newVariants.setPlaceholder("e.g. invasion, special military operation");
        newVariants.setWidth("min(28rem, 100%)");
        Button addConcept = new Button("Add concept", VaadinIcon.PLUS.create(), e -> {
            if (newConcept.isEmpty() && newVariants.isEmpty()) {
                newConcept.focus();
                return;
            }
            conceptRows.add(new ConceptRow(newConcept.getValue().strip(), String.join(", ", split(newVariants.getValue()))));
            showConcepts();
            concepts.scrollToEnd();
            newConcept.clear();
            newVariants.clear();
            newConcept.focus();
        });
        addConcept.setId("add-concept");
        addConcept.addClickShortcut(Key.ENTER).listenOn(newConcept, newVariants);
        HorizontalLayout addRow = new HorizontalLayout(newConcept, newVariants, addConcept);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);

        for (TextArea area : List.of(hedges, intensifiers)) {
            area.setHelperText("Separated by commas or new lines.");
            area.setMinHeight("7rem");
            area.setMaxHeight("12rem");
        }
        hedges.setId("lexicon-hedges");
        intensifiers.setId("lexicon-intensifiers");
        HorizontalLayout words = new HorizontalLayout(hedges, intensifiers);
        words.setWidthFull();
        words.setWrap(true);
        words.getStyle().set("flex-wrap", "wrap");
        hedges.setMinWidth("18rem");
        intensifiers.setMinWidth("18rem");
        hedges.getStyle().set("flex-basis", "0");
        intensifiers.getStyle().set("flex-basis", "0");
        words.setFlexGrow(1, hedges, intensifiers);

        verbRowsBox.setId("attribution-verbs");
        verbRowsBox.setPadding(false);
        verbRowsBox.setSpacing(false);
        Button addClass = new Button("Add verb class", VaadinIcon.PLUS.create(), e -> addVerbRow("", List.of()).name().focus());
        addClass.setId("add-verb-class");
        markerRowsBox.setId("marker-classes");
        markerRowsBox.setPadding(false);
        markerRowsBox.setSpacing(false);
        Button addMarkerClass = new Button("Add marker class", VaadinIcon.PLUS.create(),
                e -> addMarkerRow("", List.of()).name().focus());
        addMarkerClass.setId("add-marker-class");

        Button save = new Button("Save", e -> save());
        save.setId("save-lexicon");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL).listenOn(editor);
        Button close = new Button("Close", e -> closeEditor());
        close.setId("close-lexicon");
        exportOne.setId("export-lexicon");
        exportOne.setText("Export this lexicon");
        delete.setId("delete-lexicon");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        HorizontalLayout actions = new HorizontalLayout(save, close, exportOne, delete);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        actions.addClassName("px-lexicon-actions");

        conceptCount.setId("concept-count");
        conceptCount.addClassName("px-meta");
        HorizontalLayout conceptsHeader = new HorizontalLayout(section("Concepts"), conceptCount);
        conceptsHeader.setAlignItems(FlexComponent.Alignment.BASELINE);

        editor.add(editorTitle, name, error,
                conceptsHeader,
                hint("Each concept names one thing in neutral words; its variants are the competing names outlets use for it, as written in the texts. "
                        + "Matching ignores case and finds simple plurals and verb forms (blockade also finds blockades, blockaded)."),
                concepts, addRow,
                section("Hedges and intensifiers"),
                hint("Hedges distance the writer from a claim (allegedly, so-called); intensifiers load it (brutal, unprecedented)."),
                words,
                section("Attribution verbs"),
                hint("The verbs that introduce what someone said, by class: e.g. neutral (said, told), doubt (claimed, insisted), "
                        + "concession (admitted), emphasis (warned, stressed)."),
                verbRowsBox, addClass,
                section("Marker classes"),
                hint("Further word classes, each counted as its own column in the Framing tab: e.g. factive verbs that present "
                        + "what follows as fact (revealed), assertive verbs (claimed), implicative verbs (failed to) and loaded "
                        + "labels (witch hunt)."),
                markerRowsBox, addMarkerClass, actions);
    }

    private static H4 section(String title) {
        H4 h = new H4(title);
        h.getStyle().set("margin", "var(--lumo-space-l) 0 var(--lumo-space-xs)");
        return h;
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("px-lead");
        p.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0 0 var(--lumo-space-s)");
        return p;
    }

    private VerbRow addVerbRow(String cls, List<String> verbs) {
        return addClassRow(verbRowsBox, verbRows, "verb", "verbs", "doubt", cls, verbs);
    }

    private VerbRow addMarkerRow(String cls, List<String> words) {
        return addClassRow(markerRowsBox, markerRows, "marker", "words", "factive", cls, words);
    }

    private VerbRow addClassRow(VerticalLayout box, List<VerbRow> rows, String kind, String members, String example,
            String cls, List<String> verbs) {
        TextField clsField = new TextField();
        clsField.setValue(cls);
        clsField.setAriaLabel(kind.equals("verb") ? "Verb class" : "Marker class");
        clsField.setPlaceholder("class, e.g. " + example);
        clsField.setWidth("10rem");
        TextArea verbsField = new TextArea();
        verbsField.setValue(String.join(", ", verbs));
        verbsField.setAriaLabel((kind.equals("verb") ? "Verbs" : "Words") + " of the class " + (cls.isBlank() ? "" : cls)
                + ", separated by commas");
        verbsField.setPlaceholder(members + ", separated by commas");
        verbsField.setWidthFull();
        HorizontalLayout row = new HorizontalLayout(clsField, verbsField);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("px-verb-row");
        VerbRow vr = new VerbRow(clsField, verbsField, row);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            rows.remove(vr);
            box.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + kind + " class " + cls);
        remove.setTooltipText("Remove " + kind + " class");
        row.add(remove);
        row.setFlexGrow(1, verbsField);
        rows.add(vr);
        box.add(row);
        return vr;
    }

    private void edit(String lexiconName) {
        service.get(lexiconName).ifPresent(l -> show(l.name(), l.lexicon()));
    }

    private void startNew() {
        refresh(null);
        show(null, new Lexicon("", List.of(), List.of(), List.of(), Map.of()));
        name.focus();
    }

    private void show(@Nullable String storedName, Lexicon l) {
        editing = storedName;
        editorTitle.setText(storedName == null ? "New lexicon" : "Edit “" + storedName + "”");
        name.setValue(l.name());
        error.setVisible(false);
        name.setInvalid(false);
        conceptRows.clear();
        l.concepts().forEach(c -> conceptRows.add(new ConceptRow(c.concept(), String.join(", ", c.variants()))));
        showConcepts();
        hedges.setValue(String.join(", ", l.hedges()));
        intensifiers.setValue(String.join(", ", l.intensifiers()));
        verbRows.clear();
        verbRowsBox.removeAll();
        l.attributionVerbs().forEach(this::addVerbRow);
        markerRows.clear();
        markerRowsBox.removeAll();
        l.markerClasses().forEach(this::addMarkerRow);
        if (storedName == null) {
            exportOne.setVisible(false);
            delete.setVisible(false);
        } else {
            exportOne.setHref(DownloadHandler.fromInputStream(event -> json(fileName(storedName),
                    service.get(storedName).map(LexiconJson::write).orElse("{}"))));
            exportOne.setVisible(true);
            delete.setVisible(true);
        }
        editor.setVisible(true);
        selectHint.setVisible(false);
    }

    private void showConcepts() {
        concepts.setItems(conceptRows);
        conceptCount.setText(conceptRows.size() == 1 ? "1 concept" : conceptRows.size() + " concepts");
    }

    private void closeEditor() {
        editing = null;
        editor.setVisible(false);
        refresh(null);
    }

    /** The lexicon as the editor shows it; empty pieces of comma-separated lists are dropped. */
    Lexicon edited() {
        List<Lexicon.Concept> cs = conceptRows.stream().map(r -> new Lexicon.Concept(r.concept, split(r.variants))).toList();
        return new Lexicon(name.getValue(), cs, split(hedges.getValue()), split(intensifiers.getValue()), classes(verbRows),
                classes(markerRows));
    }

    private static Map<String, List<String>> classes(List<VerbRow> rows) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (VerbRow vr : rows) {
            if (vr.name().isEmpty() && vr.verbs().isEmpty()) {
                continue;
            }
            classes.put(vr.name().getValue(), split(vr.verbs().getValue()));
        }
        return classes;
    }

    private void save() {
        Lexicon lexicon = edited();
        try {
            StoredLexicon saved = service.save(editing, lexicon);
            error.setVisible(false);
            name.setInvalid(false);
            Notification.show("Saved “" + saved.name() + "”: the next comparison uses it" + (saved.enabled() ? "." : " once you enable it."),
                    3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh(saved.name());
            show(saved.name(), saved.lexicon());
        } catch (InvalidLexiconException ex) {
            error.setText("Not saved: " + ex.getMessage());
            error.setVisible(true);
            name.setInvalid(name.getValue().isBlank());
            name.setErrorMessage("A lexicon needs a name.");
        }
    }

    private void confirmDelete() {
        String target = editing;
        if (target == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog("Delete “" + target + "”?",
                "Comparisons will no longer use it. Export it first if you may want it back"
                        + (LexiconService.STARTER.equals(target) ? "; the shipped starter can always be restored." : "."),
                "Delete", e -> {
                    service.delete(target);
                    closeEditor();
                    refresh(null);
                    Notification.show("Deleted “" + target + "”", 3000, Notification.Position.BOTTOM_START);
                });
        dialog.setId("confirm-delete-lexicon");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private void confirmReset() {
        ConfirmDialog dialog = new ConfirmDialog("Restore the starter lexicon?",
                "The lexicon “starter” gets back the content shipped with Parallax and is enabled; edits made to it are lost.",
                "Restore", e -> change(service::resetStarter, "Starter lexicon restored"));
        dialog.setId("confirm-reset-starter");
        dialog.setCancelable(true);
        dialog.open();
    }

    private void change(Supplier<StoredLexicon> action, String message) {
        StoredLexicon l = action.get();
        refresh(l.name());
        show(l.name(), l.lexicon());
        Notification.show(message, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void importFile(String fileName, byte[] bytes) {
        try {
            List<StoredLexicon> stored = service.importAll(LexiconJson.read(new String(bytes, StandardCharsets.UTF_8)));
            refresh(stored.getFirst().name());
            show(stored.getFirst().name(), stored.getFirst().lexicon());
            Notification.show("Imported " + (stored.size() == 1 ? "“" + stored.getFirst().name() + "”"
                            : stored.size() + " lexicons") + " from " + fileName, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidLexiconException ex) {
            Notification n = Notification.show(fileName + " was not imported (nothing was changed): " + ex.getMessage(),
                    8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static DownloadResponse json(String fileName, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/json", bytes.length);
    }

    private static String fileName(String lexiconName) {
        String safe = lexiconName.replaceAll("[^A-Za-z0-9._-]+", "-");
        return (safe.isBlank() ? "lexicon" : safe) + ".json";
    }

    /** Comma- or line-separated text as entries, stripped, without empty ones. */
    static List<String> split(String text) {
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
