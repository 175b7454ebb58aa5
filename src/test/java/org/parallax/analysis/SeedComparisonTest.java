package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleRepository;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real seed digest (read from ../shared, skipped where it is absent): the two Lachin-crisis
 * pieces that both cite Luis Moreno Ocampo, put in one event, show their opposite naming of the
 * region and the hedges of one of them.
 */
@SpringBootTest
class SeedComparisonTest {

    static final Path SEED = Path.of("..", "shared", "seed", "selected-articles-digest.txt");

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;
    @Autowired EventService events;
    @Autowired ComparisonService comparisons;
    @Autowired DataSource dataSource;

    @Test
    void theLachinPiecesNameTheRegionDifferentlyAndOneHedges() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "the seed digest is not at " + SEED.toAbsolutePath());
        CleanDatabase.truncate(dataSource);
        ImportReport report;
        try (InputStream in = Files.newInputStream(SEED)) {
            report = imports.importStream("seed", in, null);
        }
        List<Long> citingOcampo = report.articleIds().stream()
                .filter(id -> articles.findById(id).orElseThrow().body().contains("Moreno Ocampo")).toList();
        assertThat(citingOcampo).hasSize(2);
        long event = ComparisonFixture.oneEvent(events, citingOcampo);

        Comparison c = comparisons.compare(event).orElseThrow();
        LabelUse region = c.labels().stream().filter(l -> l.concept().equals("the disputed South Caucasus region"))
                .findFirst().orElseThrow();
        List<Long> artsakh = region.variants().getOrDefault("Artsakh", List.of());
        assertThat(artsakh).as("one piece says Artsakh in its own voice").hasSize(1);
        long saysArtsakh = artsakh.getFirst();
        long other = citingOcampo.stream().filter(id -> id != saysArtsakh).findFirst().orElseThrow();
        assertThat(region.variants().getOrDefault("Karabakh", List.of())).contains(other);

        assertThat(c.hedges()).filteredOn(m -> m.articleId() == other).extracting(Marker::entry)
                .contains("allegedly", "purportedly");
        assertThat(c.hedges()).filteredOn(m -> m.articleId() == saysArtsakh).extracting(Marker::entry)
                .doesNotContain("allegedly", "purportedly");

        ActorGroup ocampo = c.actors().stream().filter(a -> a.name().contains("Ocampo")).findFirst().orElseThrow();
        assertThat(ocampo.articleIds()).containsExactlyInAnyOrderElementsOf(citingOcampo);
    }

    /** Armenian Weekly's headline names "Artsakh": the labels count it as a headline use of that article. */
    @Test
    void armenianWeeklysHeadlineNameIsCountedAsAHeadlineUse() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "the seed digest is not at " + SEED.toAbsolutePath());
        CleanDatabase.truncate(dataSource);
        ImportReport report;
        try (InputStream in = Files.newInputStream(SEED)) {
            report = imports.importStream("seed", in, null);
        }
        long weekly = report.articleIds().stream()
                .filter(id -> articles.findById(id).orElseThrow().title().contains("UN Security Council convenes")).findFirst()
                .orElseThrow();
        Comparison c = comparisons.compare(events.eventOf(weekly).orElseThrow()).orElseThrow();
        LabelUse region = c.labels().stream().filter(l -> l.concept().equals("the disputed South Caucasus region"))
                .findFirst().orElseThrow();
        assertThat(region.uses()).anySatisfy(m -> {
            assertThat(m.articleId()).isEqualTo(weekly);
            assertThat(m.entry()).isEqualTo("Artsakh");
            assertThat(m.field()).isEqualTo("title");
            assertThat(c.article(weekly).title().substring(m.begin(), m.end())).isEqualTo("Artsakh");
        });
        assertThat(region.variants().getOrDefault("Artsakh", List.of())).contains(weekly);
    }
}
