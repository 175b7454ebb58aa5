package org.parallax.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.ComparedArticle;
import org.parallax.analysis.ComparisonFixture;
import org.parallax.analysis.ComparisonService;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.outlet.OutletRepository;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Setting and correcting articles' outlets by hand, through the API, against a real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class ManualOutletTest {

    /** Three original blocks: one names its outlet ("First published in"), two name none. */
    static final String DIGEST = """
            Selected Articles

            Ferry timetable cut for winter

            Share The News

            The island ferry will sail twice a day instead of four times from November, the operator said on Monday.

            First published in Skerry Times

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

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;
    @Autowired OutletRepository outlets;
    @Autowired EventService events;
    @Autowired ComparisonService comparisons;
    @Autowired DataSource dataSource;
    @Autowired MockMvcTester mvc;

    @BeforeEach
    void emptyDatabase() {
        CleanDatabase.truncate(dataSource);
    }

    @Test
    void theApiSetsAnArticlesOutletByNameAndRecordsWhoAndWhen() {
        List<Long> ids = importDigest().articleIds();
        long museum = ids.get(1);
        assertThat(mvc.get().uri("/api/articles?outlet=none").exchange()).bodyJson().extractingPath("$.total").isEqualTo(2);

        var set = assertThat(mvc.put().uri("/api/articles/" + museum + "/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outletName\":\"Gull Point Gazette\"}").exchange()).hasStatusOk().bodyJson();
        set.extractingPath("$.outlet").isEqualTo("Gull Point Gazette");
        set.extractingPath("$.outletEvidence").isEqualTo("MANUAL");
        set.extractingPath("$.outletSetBy").isEqualTo("local");
        set.extractingPath("$.flags").asArray().doesNotContain("NO_OUTLET");

        ArticleDetail stored = articles.findById(museum).orElseThrow();
        assertThat(stored.outletSetAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(mvc.get().uri("/api/articles?outlet=none").exchange()).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(mvc.get().uri("/api/articles?outletId=" + stored.outletId()).exchange()).bodyJson()
                .extractingPath("$.items[0].title").isEqualTo("Lighthouse keepers' cottage to become a museum");
    }

    @Test
    void theApiCorrectsAnAttributedOutletByIdAndRefusesWhatItCannotDo() {
        List<Long> ids = importDigest().articleIds();
        long ferry = ids.getFirst();
        long other = outlets.findOrCreate("Skerry Evening News");

        assertThat(mvc.put().uri("/api/articles/" + ferry + "/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outletId\":" + other + "}").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.outlet").isEqualTo("Skerry Evening News");
        assertThat(articles.findById(ferry).orElseThrow().outletSnippet()).isNull();

        assertThat(mvc.put().uri("/api/articles/" + ferry + "/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{}").exchange()).hasStatus(400).bodyJson().extractingPath("$.error").asString()
                .contains("outlet id or an outlet name");
        assertThat(mvc.put().uri("/api/articles/" + ferry + "/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outletId\":987654}").exchange()).hasStatus(400);
        assertThat(mvc.put().uri("/api/articles/" + ferry + "/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outletName\":\"  ...  \"}").exchange()).hasStatus(400);
        assertThat(mvc.put().uri("/api/articles/987654/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outletName\":\"Skerry Times\"}").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/articles?outlet=whatever").exchange()).hasStatus(400);
        assertThat(articles.findById(ferry).orElseThrow().outlet()).isEqualTo("Skerry Evening News");
    }

    @Test
    void theBulkApiFixesEveryArticleWithoutAnOutletAtOnce() {
        importDigest();
        List<Long> without = articles.findPage(ArticleFilter.WITHOUT_OUTLET, 0, 100).stream()
                .map(ArticleSummary::id).toList();
        assertThat(without).hasSize(2);

        var change = assertThat(mvc.post().uri("/api/articles/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{\"articleIds\":[" + without.get(0) + "," + without.get(1) + ",987654],"
                        + "\"outletName\":\"Gull Point Gazette\"}").exchange()).hasStatusOk().bodyJson();
        change.extractingPath("$.outlet").isEqualTo("Gull Point Gazette");
        change.extractingPath("$.articleIds.length()").isEqualTo(2);

        assertThat(articles.count(ArticleFilter.WITHOUT_OUTLET)).isZero();
        assertThat(without).allSatisfy(id -> {
            ArticleDetail a = articles.findById(id).orElseThrow();
            assertThat(a.outlet()).isEqualTo("Gull Point Gazette");
            assertThat(a.outletSetBy()).isEqualTo("local");
            assertThat(a.flags()).doesNotContain(ArticleFlag.NO_OUTLET);
        });
        assertThat(mvc.post().uri("/api/articles/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{\"articleIds\":[],\"outletName\":\"Gull Point Gazette\"}").exchange()).hasStatus(400);
    }

    @Test
    void importingTheSameTextAgainKeepsTheManualOutlet() {
        List<Long> ids = importDigest().articleIds();
        long ferry = ids.getFirst();
        long museum = ids.get(1);
        mvc.put().uri("/api/articles/" + ferry + "/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outletName\":\"Skerry Evening News\"}").exchange();
        mvc.put().uri("/api/articles/" + museum + "/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outletName\":\"Gull Point Gazette\"}").exchange();

        ImportReport again = importDigest();

        assertThat(again.created()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(articles.countAll()).isEqualTo(3);
        assertThat(articles.findById(ferry).orElseThrow()).satisfies(a -> {
            assertThat(a.outlet()).isEqualTo("Skerry Evening News");
            assertThat(a.outletEvidence()).isEqualTo(ArticleRepository.MANUAL_EVIDENCE);
        });
        assertThat(articles.findById(museum).orElseThrow().outlet()).isEqualTo("Gull Point Gazette");
        assertThat(articles.count(ArticleFilter.WITHOUT_OUTLET)).isEqualTo(1);
    }

    @Test
    void theComparisonShowsTheCorrectedOutlet() throws Exception {
        ComparisonFixture f = ComparisonFixture.load(imports, events);
        mvc.put().uri("/api/articles/" + f.ledger + "/outlet").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outletName\":\"Northern Ledger Weekend\"}").exchange();

        List<ComparedArticle> compared = comparisons.compare(f.eventId).orElseThrow().articles();

        assertThat(compared).filteredOn(a -> a.id() == f.ledger).singleElement()
                .satisfies(a -> assertThat(a.outlet()).isEqualTo("Northern Ledger Weekend"));
        assertThat(events.eventOf(f.ledger)).contains(f.eventId);
    }

    private ImportReport importDigest() {
        return imports.importStream("skerry-digest.txt",
                new ByteArrayInputStream(DIGEST.getBytes(StandardCharsets.UTF_8)), null);
    }
}
