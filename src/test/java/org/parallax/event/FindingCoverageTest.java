package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFilter;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleSummary;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Finding coverage: full-text search over articles' titles and bodies, and related coverage between
 * events grouping keeps apart. Fixture: four original articles; two about the (fictional) Veskar
 * corridor 46 days apart, so grouping's seven-day window keeps them in separate events.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FindingCoverageTest {

    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired ArticleRepository articles;
    @Autowired DataSource dataSource;
    @Autowired MockMvcTester mvc;

    Map<String, Long> articleByTitleStart;
    long ministers;
    long talks;
    long library;
    long storm;

    @BeforeEach
    void importFixture() throws Exception {
        CleanDatabase.truncate(dataSource);
        ImportReport report;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/search/finding-coverage.jsonl")) {
            report = imports.importStream("finding-coverage.jsonl", in, null);
        }
        assertThat(report.articleIds()).hasSize(4);
        articleByTitleStart = report.articleIds().stream().collect(Collectors.toMap(
                id -> articles.findById(id).orElseThrow().title().substring(0, 12), id -> id));
        ministers = eventOf("Ministers me");
        talks = eventOf("Veskar corri");
        library = eventOf("Pellham coun");
        storm = eventOf("Storm closes");
    }

    private long eventOf(String titleStart) {
        return events.eventOf(articleByTitleStart.get(titleStart)).orElseThrow();
    }

    private List<Long> search(String q) {
        return events.list(new EventFilter(q, null, null, null, 1), 0, 50).stream().map(EventSummary::id).toList();
    }

    @Test
    void theCorridorPiecesStayInSeparateEvents() {
        assertThat(ministers).isNotEqualTo(talks);
    }

    @Test
    void aWordOnlyInAnArticleBodyFindsItsEventAndTitleMatchesRankFirst() {
        // "Veskar" is in the body of the ministers' piece only, in the title and body of the talks piece
        assertThat(search("Veskar")).containsExactly(talks, ministers);
        // stemmed: "convoy" is written "convoys" in both
        assertThat(search("convoy")).containsExactlyInAnyOrder(talks, ministers);
        // web-search syntax: a phrase, and a word excluded
        assertThat(search("\"freight convoys\"")).containsExactlyInAnyOrder(talks, ministers);
        assertThat(search("corridor -negotiators")).containsExactly(ministers);
        assertThat(search("library or avalanche")).containsExactlyInAnyOrder(library, storm);

        EventSummary hit = events.list(new EventFilter("Veskar", null, null, null, 1), 0, 50).get(1);
        assertThat(hit.matchedHeadline()).isEqualTo("Ministers meet over border road dispute");
        assertThat(events.count(new EventFilter("Veskar", null, null, null, 1))).isEqualTo(2);
    }

    @Test
    void partOfATitleIsStillFoundAsBefore() {
        assertThat(search("Minist")).containsExactly(ministers);
        assertThat(articles.findPage(new ArticleFilter(null, "Pellh"), 0, 10)).extracting(ArticleSummary::title)
                .containsExactly("Pellham council approves library budget after long debate");
    }

    @Test
    void articleSearchRanksTheTitleMatchFirst() {
        assertThat(articles.findPage(new ArticleFilter(null, "Veskar checkpoint"), 0, 10)).extracting(ArticleSummary::title)
                .containsExactly("Veskar corridor talks resume as convoys queue at checkpoint", "Ministers meet over border road dispute");
        assertThat(articles.count(new ArticleFilter(null, "veskar"))).isEqualTo(2);
    }

    @Test
    void theApiSearchesArticlesAndEventsByTheirWords() {
        assertThat(mvc.get().uri("/api/events?q={q}", "Veskar")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.total", v -> v.assertThat().isEqualTo(2))
                .hasPathSatisfying("$.items[0].id", v -> v.assertThat().isEqualTo((int) talks))
                .hasPathSatisfying("$.items[1].matchedHeadline", v -> v.assertThat().isEqualTo("Ministers meet over border road dispute"));
        assertThat(mvc.get().uri("/api/articles?q={q}", "smuggling fuel")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.total", v -> v.assertThat().isEqualTo(2));
    }

    @Test
    void hostileQueriesNeverFail() {
        List<String> hostile = List.of("\"", "\"\"\"", "&", "|", "!", ":*", "veskar:*", "a & | ! b", "(", ")", "'", "\\",
                "'); drop table article; --", "<b>Veskar</b>", "-", "- -veskar", "or", "the", "!!!veskar", "veskar <-> road",
                "x".repeat(20_000), "veskar ".repeat(2_000), "\u0000", "é ü 中文");
        for (String q : hostile) {
            assertThat(events.count(new EventFilter(q, null, null, null, 1))).as(q).isBetween(0, 4);
            assertThat(events.list(new EventFilter(q, null, null, null, 1), 0, 10)).as(q).hasSizeLessThanOrEqualTo(4);
            assertThat(articles.findPage(new ArticleFilter(null, q), 0, 10)).as(q).hasSizeLessThanOrEqualTo(4);
            assertThat(mvc.get().uri("/api/events?q={q}", q)).as(q).hasStatusOk();
            assertThat(mvc.get().uri("/api/articles?q={q}", q)).as(q).hasStatusOk();
        }
        assertThat(events.count(EventFilter.ALL)).isEqualTo(4);
    }

    @Test
    void eventsKeptApartInTimeAreRelatedWithTheWordsTheyShare() {
        List<RelatedEvent> ofMinisters = events.related(ministers).orElseThrow();
        assertThat(ofMinisters).extracting(RelatedEvent::id).contains(talks).doesNotContain(library, storm, ministers);
        RelatedEvent t = ofMinisters.stream().filter(r -> r.id() == talks).findFirst().orElseThrow();
        assertThat(t.similarity()).isBetween(RelatedCoverage.MIN_SIMILARITY, 1.0);
        assertThat(t.sharedTerms()).isNotEmpty().containsAnyOf("corridor", "checkpoint", "toll", "convoys", "veskar");
        assertThat(t.articleCount()).isEqualTo(1);
        assertThat(t.title()).isEqualTo("Veskar corridor talks resume as convoys queue at checkpoint");

        assertThat(events.related(talks).orElseThrow()).extracting(RelatedEvent::id).contains(ministers).doesNotContain(library, storm);
        assertThat(events.related(library).orElseThrow()).extracting(RelatedEvent::id).doesNotContain(ministers, talks);
        assertThat(events.related(987_654_321L)).isEmpty();
    }

    @Test
    void theApiListsRelatedEventsAndMergingOneMakesOneEvent() {
        assertThat(mvc.get().uri("/api/events/{id}/related", ministers)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$[0].id", v -> v.assertThat().isEqualTo((int) talks))
                .hasPathSatisfying("$[0].sharedTerms", v -> v.assertThat().asList().isNotEmpty())
                .hasPathSatisfying("$[0].articleCount", v -> v.assertThat().isEqualTo(1))
                .hasPathSatisfying("$[0].similarity", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$[0].title", v -> v.assertThat().isNotNull());
        assertThat(mvc.get().uri("/api/events/{id}/related", 987_654_321L)).hasStatus(404);

        EventDetail merged = events.merge(ministers, List.of(events.related(ministers).orElseThrow().getFirst().id()));
        assertThat(merged.articles()).hasSize(2);
        assertThat(events.eventOf(articleByTitleStart.get("Veskar corri"))).contains(ministers);
        assertThat(events.related(ministers).orElseThrow()).extracting(RelatedEvent::id).doesNotContain(talks);
    }
}
