package org.parallax.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFilter;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleSummary;
import org.parallax.ingest.ImportService;
import org.parallax.ui.KaribuViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Setting an outlet by hand on the article page, and finding and fixing articles without one in the list. */
class ArticleOutletViewsTest extends KaribuViewTest {

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;

    static final String DIGEST = """
            Selected Articles

            Ferry timetable cut for winter

            Share The News

            The island ferry will sail twice a day instead of four times from November, the operator said on Monday.

            Source: Skerry Times

            Share The News
            Selected Articles

            Lighthouse keepers' cottage to become a museum

            Share The News

            The old keepers' cottage at Gull Point will open as a museum next summer, the island council decided.

            Share The News
            Selected Articles

            Harbour wall repairs delayed by storms

            Share The News

            Repairs to the north harbour wall will finish a month late after three storms in October, engineers said.

            Share The News
            """;

    @Test
    void theArticlePageSetsTheOutletAndSaysWhoDidItAndWhen() {
        List<Long> ids = importDigest();
        long museum = ids.get(1);
        UI.getCurrent().navigate(ArticleView.class, museum);
        assertThat(_get(Span.class, spec -> spec.withId("article-outlet")).getText()).isEqualTo("Outlet unknown");
        Button save = _get(Button.class, spec -> spec.withId("article-outlet-save"));
        assertThat(save.isEnabled()).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<String> choice = _get(ComboBox.class, spec -> spec.withId("article-outlet-choice"));
        assertThat(ComboBoxKt.getSuggestions(choice)).contains("Skerry Times");
        ComboBoxKt._fireCustomValueSet(choice, "Gull Point Gazette");
        _click(_get(Button.class, spec -> spec.withId("article-outlet-save")));

        assertThat(_get(Span.class, spec -> spec.withId("article-outlet")).getText()).startsWith("Gull Point Gazette");
        assertThat(_get(Span.class, spec -> spec.withId("article-outlet-set")).getText())
                .isEqualTo("set by local on " + LocalDate.now(ZoneOffset.UTC));
        assertThat(articles.findById(museum).orElseThrow().outlet()).isEqualTo("Gull Point Gazette");
    }

    @Test
    void theArticlePageCorrectsADetectedOutletWithAStoredOne() {
        List<Long> ids = importDigest();
        long ferry = ids.getFirst();
        importOther();
        UI.getCurrent().navigate(ArticleView.class, ferry);
        assertThat(_get(Span.class, spec -> spec.withId("article-outlet")).getText())
                .isEqualTo("Skerry Times (from “Source: Skerry Times”)");

        @SuppressWarnings("unchecked")
        ComboBox<String> choice = _get(ComboBox.class, spec -> spec.withId("article-outlet-choice"));
        choice.setValue("Skerry Evening News");
        _click(_get(Button.class, spec -> spec.withId("article-outlet-save")));

        assertThat(_get(Span.class, spec -> spec.withId("article-outlet")).getText()).isEqualTo("Skerry Evening News");
        assertThat(_get(Span.class, spec -> spec.withId("article-outlet-set")).getText()).startsWith("set by local on ");
    }

    @Test
    void theListFindsArticlesWithoutAnOutletAndFixesThemInBulk() {
        importDigest();
        UI.getCurrent().navigate("articles");
        @SuppressWarnings("unchecked")
        Grid<ArticleSummary> grid = _get(Grid.class, spec -> spec.withId("articles-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(3);

        _get(Checkbox.class, spec -> spec.withId("no-outlet-filter")).setValue(true);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("article-total")).getText()).isEqualTo("2 articles");
        Button set = _get(Button.class, spec -> spec.withId("bulk-outlet-button"));
        assertThat(set.isEnabled()).isFalse();

        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 1));
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = _get(ComboBox.class, spec -> spec.withId("bulk-outlet-choice"));
        ComboBoxKt._fireCustomValueSet(choice, "Gull Point Gazette");
        assertThat(set.isEnabled()).isTrue();
        _click(set);

        assertThat(GridKt._size(grid)).isZero();
        assertThat(_get(Span.class, spec -> spec.withId("article-total")).getText()).isEqualTo("0 articles");
        assertThat(articles.count(ArticleFilter.WITHOUT_OUTLET)).isZero();
        assertThat(articles.findPage(ArticleFilter.ALL, 0, 10)).extracting(ArticleSummary::outlet)
                .containsOnly("Skerry Times", "Gull Point Gazette");
    }

    @Test
    void theNoOutletFilterCanBeOpenedByAddress() {
        importDigest();
        UI.getCurrent().navigate("articles", QueryParameters.of(ArticlesView.OUTLET_PARAM, ArticlesView.NO_OUTLET));

        assertThat(_get(Checkbox.class, spec -> spec.withId("no-outlet-filter")).getValue()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<ArticleSummary> grid = _get(Grid.class, spec -> spec.withId("articles-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).outlet()).isNull();
    }

    @Test
    void theImportHistoryLeadsToTheImportsArticlesWithoutAnOutlet() {
        importOther();
        importDigest();
        UI.getCurrent().navigate("imports");
        @SuppressWarnings("unchecked")
        Grid<org.parallax.ingest.ImportBatchRepository.ImportSummary> imports =
                _get(Grid.class, spec -> spec.withId("imports-grid"));
        imports.select(GridKt._get(imports, 0));
        Button fix = _get(Button.class, spec -> spec.withId("import-no-outlet"));
        assertThat(fix.getText()).isEqualTo("Fix its 2 articles without an outlet");

        _click(fix);

        assertThat(_get(Checkbox.class, spec -> spec.withId("no-outlet-filter")).getValue()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<ArticleSummary> grid = _get(Grid.class, spec -> spec.withId("articles-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
    }

    private List<Long> importDigest() {
        return imports.importStream("skerry-digest.txt",
                new ByteArrayInputStream(DIGEST.getBytes(StandardCharsets.UTF_8)), null).articleIds();
    }

    private void importOther() {
        String other = """
                Selected Articles

                Island school gets new roof

                Share The News

                The island school's roof was replaced over the autumn holidays, the council said.

                Source: Skerry Evening News

                Share The News
                """;
        imports.importStream("other.txt", new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8)), null);
    }
}
