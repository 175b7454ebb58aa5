package org.parallax.lexicon.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.lexicon.LexiconService;
import org.parallax.lexicon.StoredLexicon;
import org.parallax.text.compare.Lexicon;
import org.parallax.ui.EmptyState;
import org.parallax.ui.KaribuViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The Lexicons view as a user sees it, with the real service and database. */
class LexiconsViewTest extends KaribuViewTest {

    private static final String REGION = "the disputed South Caucasus region";

    @Autowired LexiconService service;

    @BeforeEach
    void starter() {
        service.seedIfEmpty();
    }

    @Test
    void theListShowsTheStarterWithItsCountsAndTheMenuLinksHere() {
        UI.getCurrent().navigate(LexiconsView.class);

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList()).contains("Lexicons");
        Grid<StoredLexicon> grid = lexiconsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("starter");
        assertThat(GridKt._getFormatted(grid, 0, "concepts")).isEqualTo(String.valueOf(Lexicon.starter().concepts().size()));
        assertThat(GridKt._getFormatted(grid, 0, "hedges")).isEqualTo(String.valueOf(Lexicon.starter().hedges().size()));
        assertThat(((Checkbox) GridKt._getCellComponent(grid, 0, "enabled")).getValue()).isTrue();
        assertThat(_find(EmptyState.class)).as("no empty state").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("lexicons-use")).getText())
                .contains("own voice", "inside quotes", "To extend it");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-lexicons")).getHref()).isNotBlank();
        assertThat(_find(Div.class, spec -> spec.withId("lexicon-editor"))).as("no editor until one is selected").isEmpty();
    }

    @Test
    void editingAVariantAndSavingReachesTheComparison() {
        UI.getCurrent().navigate(LexiconsView.class);
        openStarter();

        Grid<?> concepts = conceptsGrid();
        assertThat(GridKt._size(concepts)).isEqualTo(Lexicon.starter().concepts().size());
        assertThat(((TextField) GridKt._getCellComponent(concepts, 0, "concept")).getValue()).isEqualTo(REGION);
        TextArea variants = (TextArea) GridKt._getCellComponent(concepts, 0, "variants");
        assertThat(variants.getValue()).isEqualTo("Artsakh, Nagorno-Karabakh, Karabakh, Mountainous Karabakh");
        variants.setValue(variants.getValue() + ", Gharabagh");
        _get(TextArea.class, spec -> spec.withId("lexicon-hedges")).setValue("allegedly,\nso-called, ostensibly");
        _click(_get(Button.class, spec -> spec.withId("save-lexicon")));

        assertThat(_find(Paragraph.class, spec -> spec.withId("lexicon-error"))).as("no error").isEmpty();
        Lexicon current = service.current();
        assertThat(current.concept(REGION).variants()).containsExactly("Artsakh", "Nagorno-Karabakh", "Karabakh",
                "Mountainous Karabakh", "Gharabagh");
        assertThat(current.hedges()).containsExactly("allegedly", "so-called", "ostensibly");
        assertThat(GridKt._getFormatted(lexiconsGrid(), 0, "hedges")).isEqualTo("3");
        assertThat(current.markerClasses()).as("saving from the editor keeps the marker classes")
                .isEqualTo(Lexicon.starter().markerClasses());
    }

    @Test
    void markerClassesAreEditedLikeVerbClasses() {
        UI.getCurrent().navigate(LexiconsView.class);
        openStarter();
        _click(_get(Button.class, spec -> spec.withId("add-marker-class")));
        List<TextField> names = _find(TextField.class, spec -> spec.withPlaceholder("class, e.g. factive"));
        names.getLast().setValue("euphemism");
        List<TextArea> words = _find(TextArea.class, spec -> spec.withPlaceholder("words, separated by commas"));
        assertThat(words).hasSize(Lexicon.starter().markerClasses().size() + 1);
        words.getLast().setValue("collateral damage, enhanced interrogation");
        _click(_get(Button.class, spec -> spec.withId("save-lexicon")));

        assertThat(service.current().markerClasses()).containsEntry("euphemism", List.of("collateral damage", "enhanced interrogation"))
                .containsEntry("loaded", Lexicon.starter().markerClasses().get("loaded"));
    }

    @Test
    void anInvalidEditShowsWhatIsWrongAndStoresNothing() {
        UI.getCurrent().navigate(LexiconsView.class);
        openStarter();

        ((TextArea) GridKt._getCellComponent(conceptsGrid(), 0, "variants")).setValue(" , ");
        _click(_get(Button.class, spec -> spec.withId("save-lexicon")));

        Paragraph error = _get(Paragraph.class, spec -> spec.withId("lexicon-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Not saved: Concept “" + REGION + "” has no variants: give at least one name for it.");
        assertThat(service.get("starter").orElseThrow().lexicon()).isEqualTo(Lexicon.starter());
    }

    @Test
    void aNewLexiconWithAConceptAndVerbsIsCreated() {
        UI.getCurrent().navigate(LexiconsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-lexicon")));
        _get(TextField.class, spec -> spec.withId("lexicon-name")).setValue("ukraine");
        _get(TextField.class, spec -> spec.withId("new-concept")).setValue("the war in Ukraine");
        _get(TextField.class, spec -> spec.withId("new-variants")).setValue("full-scale invasion,  war of aggression,");
        _click(_get(Button.class, spec -> spec.withId("add-concept")));
        _click(_get(Button.class, spec -> spec.withId("add-verb-class")));
        _get(Div.class, spec -> spec.withId("lexicon-editor"));
        var verbFields = _find(TextField.class, spec -> spec.withPlaceholder("class, e.g. doubt"));
        assertThat(verbFields).hasSize(1);
        verbFields.getFirst().setValue("denial");
        _get(TextArea.class, spec -> spec.withPlaceholder("verbs, separated by commas")).setValue("denied, rejected");
        _click(_get(Button.class, spec -> spec.withId("save-lexicon")));

        Lexicon saved = service.get("ukraine").orElseThrow().lexicon();
        assertThat(saved.concept("the war in Ukraine").variants()).containsExactly("full-scale invasion", "war of aggression");
        assertThat(saved.attributionVerbs()).containsEntry("denial", java.util.List.of("denied", "rejected"));
        assertThat(GridKt._size(lexiconsGrid())).isEqualTo(2);
        assertThat(service.current().concept("the war in Ukraine").variants()).contains("invasion", "war of aggression");
    }

    @Test
    void switchingALexiconOffLeavesItOutOfComparisons() {
        UI.getCurrent().navigate(LexiconsView.class);
        ((Checkbox) GridKt._getCellComponent(lexiconsGrid(), 0, "enabled")).setValue(false);

        assertThat(service.get("starter").orElseThrow().enabled()).isFalse();
        assertThat(service.current().concepts()).isEmpty();
    }

    @Test
    void withNoLexiconTheEmptyStateOffersToRestoreTheStarter() {
        service.delete("starter");
        UI.getCurrent().navigate(LexiconsView.class);

        EmptyState empty = _get(EmptyState.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getElement().getTextRecursively()).contains("No lexicons", "starter lexicon that ships with Parallax");
        assertThat(_find(Grid.class, spec -> spec.withId("lexicons-grid"))).isEmpty();

        _click(_get(empty, Button.class, spec -> spec.withText("Restore the starter lexicon")));

        assertThat(empty.isVisible()).isFalse();
        assertThat(GridKt._size(lexiconsGrid())).isEqualTo(1);
        assertThat(service.get("starter").orElseThrow().lexicon()).isEqualTo(Lexicon.starter());
    }

    @Test
    void uploadingAJsonFileImportsItAndABadFileChangesNothing() {
        UI.getCurrent().navigate(LexiconsView.class);
        UploadKt._upload(_get(Upload.class), "rivers.json", "application/json", """
                {"name": "rivers", "concepts": [{"concept": "the river", "variants": ["Lenne", "Lennar"]}], "hedges": []}
                """.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        assertThat(GridKt._size(lexiconsGrid())).isEqualTo(2);
        assertThat(service.get("rivers").orElseThrow().lexicon().concept("the river").variants()).containsExactly("Lenne", "Lennar");

        UploadKt._upload(_get(Upload.class), "bad.json", "application/json", """
                [{"name": "dams", "concepts": [{"concept": "the dam", "variants": ["Halden Dam"]}]},
                 {"name": "roads", "concepts": [{"concept": "the road"}]}]
                """.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getTextRecursively() + n.getElement().getProperty("text", ""))
                        .contains("bad.json was not imported", "Lexicon 2 (“roads”)", "has no \"variants\""));
        assertThat(service.get("dams")).isEmpty();
        assertThat(GridKt._size(lexiconsGrid())).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private static Grid<StoredLexicon> lexiconsGrid() {
        return _get(Grid.class, spec -> spec.withId("lexicons-grid"));
    }

    private static Grid<?> conceptsGrid() {
        return _get(Grid.class, spec -> spec.withId("concepts-grid"));
    }

    private static void openStarter() {
        Grid<StoredLexicon> grid = lexiconsGrid();
        grid.select(GridKt._get(grid, 0));
        assertThat(_get(Div.class, spec -> spec.withId("lexicon-editor")).isVisible()).isTrue();
    }
}
