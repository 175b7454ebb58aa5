package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleRepository;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The real seed digest (read from ../shared, skipped where it is absent), grouped by content alone. */
@SpringBootTest
class SeedGroupingTest {

    static final Path SEED = Path.of("..", "shared", "seed", "selected-articles-digest.txt");

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;
    @Autowired EventService events;

    @Test
    void iranArmeniaPiecesGroupTogetherAndTheG20PieceStandsApart() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "the seed digest is not at " + SEED.toAbsolutePath());
        ImportReport report;
        try (InputStream in = Files.newInputStream(SEED)) {
            report = imports.importStream("seed", in, null);
        }
        Map<String, Long> eventByTitleStart = new HashMap<>();
        for (long id : report.articleIds()) {
            String title = articles.findById(id).orElseThrow().title();
            eventByTitleStart.put(title.substring(0, Math.min(24, title.length())), events.eventOf(id).orElseThrow());
        }
        long tehranTimes = find(eventByTitleStart, "Iran closely watching");
        long leadersSpeak = find(eventByTitleStart, "Armenia, Iran leaders");
        long g20 = find(eventByTitleStart, "Putin Wants Release");
        assertThat(leadersSpeak).isEqualTo(tehranTimes);
        eventByTitleStart.forEach((title, event) -> {
            if (!title.startsWith("Putin Wants Release")) {
                assertThat(event).as(title).isNotEqualTo(g20);
            }
        });
    }

    private static long find(Map<String, Long> events, String prefix) {
        return events.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow().getValue();
    }
}
