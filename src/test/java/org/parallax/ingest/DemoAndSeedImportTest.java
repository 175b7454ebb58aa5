package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleDetail;
import org.parallax.article.ArticleFlag;
import org.parallax.article.ArticleRepository;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.OutletRepository;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo corpus and the real seed digest, imported end to end into PostgreSQL. */
@SpringBootTest
class DemoAndSeedImportTest {

    static final Path SEED = Path.of("..", "shared", "seed", "selected-articles-digest.txt");

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;
    @Autowired OutletRepository outlets;
    @Autowired DataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        CleanDatabase.truncate(dataSource);
    }

    @Test
    void demoCorpusLoadsWithAnOutletForEveryArticle() throws IOException {
        ImportReport report;
        try (InputStream in = getClass().getResourceAsStream("/" + DemoCorpus.RESOURCE)) {
            report = imports.importStream("demo corpus", in, ImportFormat.DIGEST);
        }
        assertThat(report.rejected()).isEmpty();
        assertThat(report.created()).isGreaterThanOrEqualTo(20);
        List<ArticleDetail> all = report.articleIds().stream().map(id -> articles.findById(id).orElseThrow()).toList();
        assertThat(all).noneMatch(a -> a.flags().contains(ArticleFlag.NO_OUTLET));
        assertThat(all).anyMatch(a -> a.flags().contains(ArticleFlag.EMPTY_BODY));
        assertThat(all).anyMatch(a -> a.flags().contains(ArticleFlag.TEASER_ONLY));
        assertThat(outlets.findAll()).hasSizeGreaterThanOrEqualTo(5).allMatch(o -> o.articleCount() >= 2);
    }

    @Test
    void seedDigestYieldsTenArticlesWithTheOutletsItsTextNames() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "the seed digest is not at " + SEED.toAbsolutePath());
        ImportReport report;
        try (InputStream in = Files.newInputStream(SEED)) {
            report = imports.importStream(SEED.getFileName().toString(), in, null);
        }
        assertThat(report.created()).isEqualTo(10);
        assertThat(report.rejected()).isEmpty();
        List<String> names = outlets.findAll().stream().map(Outlet::name).toList();
        assertThat(names).contains("Azerbaijan In Focus", "Tehran Times", "Armenian Weekly", "Al Mayadeen English")
                .doesNotContain("Politico");
        assertThat(report.articleIds().stream().map(id -> articles.findById(id).orElseThrow()))
                .anyMatch(a -> "Politico".equals(a.upstreamSource()) && "Al Mayadeen English".equals(a.outlet()));
    }
}
