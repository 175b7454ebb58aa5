package org.parallax.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleSummary;
import org.parallax.article.ui.ArticleView;
import org.parallax.article.ui.ArticlesView;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.ui.ImportView;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.ui.OutletsView;
import org.springframework.beans.factory.annotation.Autowired;

/** The views as a user sees them, without a browser. */
class ViewsTest extends KaribuViewTest {

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;

    @Test
    void menuListsTheViews() {
        UI.getCurrent().navigate(ArticlesView.class);
        List<String> labels = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsSubsequence("Articles", "Import", "Outlets");
    }

    @Test
    void emptyArticlesViewSaysWhatToDoNext() {
        UI.getCurrent().navigate(ArticlesView.class);
        assertThat(_get(EmptyState.class).isVisible()).isTrue();
        assertThat(_get(EmptyState.class).getElement().getTextRecursively()).contains("Import a digest");
        assertThat(_find(Grid.class, spec -> spec.withId("articles-grid"))).isEmpty();
    }

    @Test
    void articlesGridPagesFiltersByOutletAndText() throws IOException {
        importRiverDigest();
        UI.getCurrent().navigate(ArticlesView.class);

        @SuppressWarnings("unchecked")
        Grid<ArticleSummary> grid = _get(Grid.class, spec -> spec.withId("articles-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(_get(Span.class, spec -> spec.withId("article-total")).getText()).isEqualTo("4 articles");

        @SuppressWarnings("unchecked")
        ComboBox<Outlet> outlet = _get(ComboBox.class, spec -> spec.withId("outlet-filter"));
        Outlet courier = outlet.getListDataView().getItems().filter(o -> o.name().equals("Valley Courier")).findFirst().orElseThrow();
        outlet.setValue(courier);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).outlet()).isEqualTo("Valley Courier");

        outlet.clear();
        _get(TextField.class, spec -> spec.withId("text-filter")).setValue("floodgates");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("article-total")).getText()).isEqualTo("2 articles");
    }

    @Test
    void articlePageShowsCleanedTextAsTextNotMarkup() throws IOException {
        ImportReport report = importRiverDigest();
        UI.getCurrent().navigate(ArticleView.class, report.articleIds().getFirst());

        assertThat(_get(H2.class, spec -> spec.withId("article-title")).getText()).isEqualTo("Floodgates opened at Varn weir as river rises");
        Div body = _get(Div.class, spec -> spec.withId("article-body"));
        assertThat(body.getElement().getTextRecursively()).contains("Engineers opened all six floodgates")
                .doesNotContain("Share The News");
        assertThat(_get(Div.class, spec -> spec.withId("article-meta")).getElement().getTextRecursively())
                .contains("Harbour Ledger").contains("First published in Harbour Ledger");
    }

    @Test
    void markupInImportedTitlesIsShownAsText() {
        String digest = "Selected Articles\n\n<img src=x onerror=alert(1)> Harbour <b>news</b>\n\nShare The News\n\n"
                + "<script>alert('body')</script> Plain words here.\n\nFirst published in Script Test Times\n\nShare The News\n";
        ImportReport report = imports.importStream("xss.txt", new java.io.ByteArrayInputStream(digest.getBytes()), null);
        UI.getCurrent().navigate(ArticleView.class, report.articleIds().getFirst());

        H2 title = _get(H2.class, spec -> spec.withId("article-title"));
        assertThat(title.getText()).isEqualTo("<img src=x onerror=alert(1)> Harbour <b>news</b>");
        assertThat(title.getElement().getChildCount()).isEqualTo(1);
        assertThat(title.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(_find(Paragraph.class).stream().anyMatch(p -> p.getText().contains("<script>"))).isTrue();
    }

    @Test
    void outletsViewListsOutletsWithCounts() throws IOException {
        importRiverDigest();
        UI.getCurrent().navigate(OutletsView.class);
        @SuppressWarnings("unchecked")
        Grid<Outlet> grid = _get(Grid.class, spec -> spec.withId("outlets-grid"));
        List<String> names = java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()).toList();
        assertThat(names).contains("Harbour Ledger", "Northline Radio", "Valley Courier");
        assertThat(GridKt._get(grid, 0).articleCount()).isEqualTo(1);
    }

    @Test
    void uploadingADigestInTheImportViewShowsTheReportAndTheImportedArticles() throws Exception {
        UI.getCurrent().navigate(ImportView.class);
        byte[] digest;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/import/river-digest.txt")) {
            digest = in.readAllBytes();
        }
        UploadKt._upload(_get(Upload.class), "river-digest.txt", "text/plain", digest);
        awaitUi(() -> !_find(Paragraph.class, spec -> spec.withId("import-summary")).isEmpty());

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .contains("read as UTF-8", "4 created", "0 duplicates", "1 rejected");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("import-rejected"))
                .getElement().getTextRecursively()).contains("block 4");
        @SuppressWarnings("unchecked")
        Grid<ArticleSummary> grid = _get(Grid.class, spec -> spec.withId("import-articles"));
        assertThat(GridKt._size(grid)).isEqualTo(4);
    }

    @Test
    void uploadingAFileThatIsNotADigestSaysWhy() throws Exception {
        UI.getCurrent().navigate(ImportView.class);
        UploadKt._upload(_get(Upload.class), "notes.txt", "text/plain", "just notes".getBytes());
        awaitUi(() -> !_find(Paragraph.class, spec -> spec.withId("import-error")).isEmpty());

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-error")).getText())
                .contains("notes.txt was not imported").contains("Selected Articles");
        assertThat(articles.countAll()).isZero();
    }

    /** Runs the UI's pending access() tasks until the condition holds (imports run on a background thread). */
    private static void awaitUi(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            MockVaadin.clientRoundtrip(false);
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the UI did not reach the expected state in 10 s");
    }

    @Test
    void sideNavIsLabelled() {
        UI.getCurrent().navigate(ArticlesView.class);
        assertThat(_get(SideNav.class).getLabel()).isEqualTo("Main");
    }

    private ImportReport importRiverDigest() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/import/river-digest.txt")) {
            return imports.importStream("river-digest.txt", in, null);
        }
    }
}
