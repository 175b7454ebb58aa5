package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * Issue 12, point 5, on the real seed digest (read from ../shared, skipped where it is absent): all of its articles
 * compared as one event show none of the errors the issue lists, and the attribution count is printed.
 */
@SpringBootTest
class SeedQuotesActorsOmissionsTest {

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;
    @Autowired EventService events;
    @Autowired ComparisonService comparisons;
    @Autowired DataSource dataSource;

    @Test
    void theSeedComparisonIsFreeOfTheListedErrors() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SeedComparisonTest.SEED),
                "the seed digest is not at " + SeedComparisonTest.SEED.toAbsolutePath());
        CleanDatabase.truncate(dataSource);
        ImportReport report;
        try (InputStream in = Files.newInputStream(SeedComparisonTest.SEED)) {
            report = imports.importStream("seed", in, null);
        }
        Comparison c = comparisons.compare(ComparisonFixture.oneEvent(events, report.articleIds())).orElseThrow();

        // quotes and speakers
        List<QuoteGroup.QuoteUse> uses = c.quotes().stream().flatMap(q -> q.occurrences().stream()).toList();
        long attributed = uses.stream().filter(u -> u.speaker() != null).count();
        System.out.printf("Seed comparison: %d articles, %d quotes, %d attributed, %d not attributed%n",
                c.articles().size(), uses.size(), attributed, uses.size() - attributed);
        assertThat(c.speakers()).extracting(SpeakerRow::speaker).doesNotContain("United", "United States");
        assertThat(uses).extracting(QuoteGroup.QuoteUse::verb).doesNotContain("states");
        assertThat(c.quotes()).extracting(QuoteGroup::text)
                .noneMatch(t -> t.contains("Artsakh War Myths Perpetuated By Mainstream Media"));
        for (ComparedArticle a : c.articles()) {
            assertThat(c.quotes()).extracting(QuoteGroup::text).as("the title of %s", a.title())
                    .noneMatch(t -> !a.title().isBlank() && a.title().contains(t));
        }
        long mayadeen = c.articles().stream().filter(a -> "Al Mayadeen English".equals(a.outlet())).findFirst()
                .orElseThrow().id();
        SpeakerRow hajiyev = c.speakers().stream()
                .filter(r -> r.speaker().toLowerCase(Locale.ROOT).contains("hajiyev")).findFirst().orElseThrow();
        assertThat(hajiyev.quotesByArticle()).containsEntry(mayadeen, 2);

        // actors
        ActorGroup azerbaijan = actor(c, "Azerbaijan");
        assertThat(azerbaijan.forms()).doesNotContain("Azerbaijan Red Crescent Society");
        ActorGroup armenia = actor(c, "Armenia");
        assertThat(armenia.forms()).doesNotContain("Christian Armenia");
        assertThat(c.actors()).extracting(ActorGroup::name).doesNotContain("Armenian", "Azerbaijani",
                "Azerbaijani-controlled", "Consequently", "Armenians", "Russian-brokered");
        assertThat(c.actors()).flatMap(ActorGroup::forms).doesNotContain("Armenian", "Azerbaijani-controlled",
                "Consequently");
        assertThat(c.actors()).as("Baku and Yerevan are not absorbed into 'Yerevan-Baku tensions'")
                .noneMatch(a -> a.forms().contains("Yerevan-Baku") && (a.forms().contains("Baku") || a.forms().contains("Yerevan")));

        // omissions: the articles without text are left out, and say why
        for (ComparedArticle a : c.articles()) {
            Omission o = c.omissions().stream().filter(x -> x.articleId() == a.id()).findFirst().orElseThrow();
            if (a.body().isBlank()) {
                assertThat(o.leftOut()).as(a.title()).isEqualTo("no body text");
                assertThat(o.missing()).isEmpty();
            }
        }
        assertThat(c.omissions()).filteredOn(Omission::isLeftOut).extracting(o -> c.article(o.articleId()).title())
                .anyMatch(t -> t.startsWith("Yerevan, Baku agree to reopen Lachin Corridor"));
    }

    private static ActorGroup actor(Comparison c, String name) {
        return c.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
