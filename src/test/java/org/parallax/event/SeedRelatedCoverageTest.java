package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFilter;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleSummary;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real seed digest (read from ../shared, skipped where it is absent): the pieces whose text
 * mentions the Lachin corridor, which grouping leaves in several events, are found by searching
 * "Lachin" and are reachable from each other through related coverage.
 */
@SpringBootTest
class SeedRelatedCoverageTest {

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;
    @Autowired EventService events;
    @Autowired DataSource dataSource;

    @Test
    void theCorridorPiecesAreFoundBySearchAndReachEachOtherThroughRelatedCoverage() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SeedGroupingTest.SEED), "the seed digest is not at " + SeedGroupingTest.SEED.toAbsolutePath());
        CleanDatabase.truncate(dataSource);
        try (InputStream in = Files.newInputStream(SeedGroupingTest.SEED)) {
            imports.importStream("seed", in, null);
        }
        List<ArticleSummary> corridor = articles.findPage(new ArticleFilter(null, "Lachin"), 0, 100);
        List<ArticleSummary> titled = corridor.stream().filter(a -> a.title().toLowerCase().contains("lachin")).toList();
        assertThat(corridor.size()).as("pieces mentioning Lachin beyond those with it in the title").isGreaterThan(titled.size());

        Set<Long> corridorEvents = new HashSet<>();
        corridor.forEach(a -> corridorEvents.add(events.eventOf(a.id()).orElseThrow()));
        assertThat(events.list(new EventFilter("Lachin", null, null, null, 1), 0, 100)).extracting(EventSummary::id)
                .containsExactlyInAnyOrderElementsOf(corridorEvents);

        Map<Long, Set<Long>> related = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (long e : corridorEvents) {
            related.put(e, new HashSet<>(events.related(e).orElseThrow().stream().map(RelatedEvent::id).toList()));
        }
        double msPerRequest = (System.nanoTime() - started) / 1e6 / corridorEvents.size();
        int direct = 0;
        int twoHops = 0;
        int pairs = 0;
        for (long a : corridorEvents) {
            for (long b : corridorEvents) {
                if (a == b) {
                    continue;
                }
                pairs++;
                if (related.get(a).contains(b)) {
                    direct++;
                } else if (related.get(a).stream().anyMatch(m -> events.related(m).orElseThrow().stream().anyMatch(r -> r.id() == b))) {
                    twoHops++;
                }
            }
        }
        System.out.printf("Lachin: %d articles (%d with it in the title) in %d events; of %d ordered pairs %d related directly, "
                + "%d in two hops; related coverage %.1f ms per event (%d articles, %d events stored)%n",
                corridor.size(), titled.size(), corridorEvents.size(), pairs, direct, twoHops, msPerRequest,
                articles.countAll(), events.count(EventFilter.ALL));
        assertThat(direct + twoHops).as("pairs of corridor events reachable through related coverage").isEqualTo(pairs);
    }
}
