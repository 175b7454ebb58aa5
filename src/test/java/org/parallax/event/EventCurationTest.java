package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Curation by hand: rename, merge, split, move, pin; all recorded, all surviving automatic regrouping. */
@SpringBootTest
@AutoConfigureMockMvc
class EventCurationTest {

    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired DataSource dataSource;
    @Autowired MockMvcTester mvc;
    ImportReport report;

    @BeforeEach
    void importTheEvaluationCorpus() throws Exception {
        CleanDatabase.truncate(dataSource);
        try (InputStream in = getClass().getResourceAsStream("/eval/grouping-eval.jsonl")) {
            report = imports.importStream("eval.jsonl", in, null);
        }
    }

    @Test
    void everyImportedArticleBelongsToExactlyOneEvent() {
        assertThat(report.articleIds()).allSatisfy(id -> assertThat(events.eventOf(id)).isPresent());
        int total = events.list(EventFilter.ALL, 0, 1000).stream().mapToInt(EventSummary::articleCount).sum();
        assertThat(total).isEqualTo(report.articleIds().size());
        EventSummary biggest = events.list(EventFilter.ALL, 0, 1000).stream()
                .max(java.util.Comparator.comparingInt(EventSummary::articleCount)).orElseThrow();
        EventDetail detail = events.detail(biggest.id()).orElseThrow();
        assertThat(detail.explanation().sharedTerms()).isNotEmpty();
        assertThat(detail.explanation().sharedTerms().getFirst().articleCount()).isGreaterThanOrEqualTo(2);
        assertThat(detail.explanation().timeSpan()).startsWith("Published");
        assertThat(detail.articles()).allSatisfy(a -> assertThat(a.similarity()).isBetween(0.0, 1.0));
    }

    @Test
    void mergeSplitMoveRenameAndPinSurviveRegrouping() {
        List<EventSummary> all = events.list(new EventFilter(null, null, null, null, 2), 0, 100);
        EventSummary a = all.get(0);
        EventSummary b = all.get(1);

        EventDetail merged = events.merge(a.id(), List.of(b.id()));
        assertThat(merged.articles()).hasSize(a.articleCount() + b.articleCount());
        events.rename(a.id(), "Two stories, one event (by hand)");

        EventSummary c = all.get(2);
        long splitOff = c.articleIds().getFirst();
        EventDetail split = events.split(c.id(), List.of(splitOff));
        assertThat(split.articles()).extracting(EventArticle::articleId).containsExactly(splitOff);

        EventSummary d = all.get(3);
        long pinned = d.articleIds().getFirst();
        events.pin(pinned, true);

        RegroupResult result = events.regroup(0.99, null, null);

        assertThat(events.eventOf(b.articleIds().getFirst())).contains(a.id());
        assertThat(events.detail(a.id()).orElseThrow().title()).isEqualTo("Two stories, one event (by hand)");
        assertThat(events.eventOf(splitOff)).contains(split.id());
        assertThat(events.eventOf(pinned)).contains(d.id());
        assertThat(result.pinnedKept()).isGreaterThanOrEqualTo(a.articleCount() + b.articleCount() + 2);
        List<EventChangeEntry> history = events.detail(a.id()).orElseThrow().history();
        assertThat(history).extracting(EventChangeEntry::action).contains("merged", "renamed");
        assertThat(history).allSatisfy(h -> assertThat(h.by()).isEqualTo("Local user"));
    }

    @Test
    void anEventNamedByHandKeepsItsArticlesAndNameThroughRegrouping() {
        EventSummary named = events.list(new EventFilter(null, null, null, null, 2), 0, 100).getFirst();
        events.rename(named.id(), "The name our class gave it");

        // at "same happening" and tighter, automatic grouping would split or scatter it
        events.regroup(0.99, null, null);

        EventDetail after = events.detail(named.id()).orElseThrow();
        assertThat(after.title()).isEqualTo("The name our class gave it");
        assertThat(after.articles()).extracting(EventArticle::articleId).containsExactlyInAnyOrderElementsOf(named.articleIds());
    }

    @Test
    void regroupingATimeRangeLeavesArticlesOutsideItAlone() {
        List<EventSummary> all = events.list(new EventFilter(null, null, null, null, 2), 0, 100);
        EventSummary newest = all.getFirst();
        EventSummary oldest = all.getLast();
        java.time.OffsetDateTime from = newest.from().minusHours(1);
        java.time.OffsetDateTime to = newest.to().plusHours(1);
        assertThat(oldest.to()).isBefore(from);

        RegroupResult result = events.regroup(0.99, from, to);

        assertThat(result.articles()).isEqualTo(newest.articleCount());
        assertThat(newest.articleIds()).allSatisfy(id -> assertThat(events.detail(events.eventOf(id).orElseThrow())
                .orElseThrow().articles()).hasSize(1));
        long oldestEvent = events.eventOf(oldest.articleIds().getFirst()).orElseThrow();
        assertThat(oldest.articleIds()).allSatisfy(id -> assertThat(events.eventOf(id)).contains(oldestEvent));
        assertThat(events.detail(oldestEvent).orElseThrow().articles()).hasSize(oldest.articleCount());
    }

    @Test
    void movingAnArticleOutAndIntoAnotherEvent() {
        List<EventSummary> all = events.list(new EventFilter(null, null, null, null, 2), 0, 100);
        long article = all.get(0).articleIds().getFirst();

        EventDetail own = events.move(article, null);
        assertThat(own.articles()).extracting(EventArticle::articleId).containsExactly(article);
        assertThat(own.articles().getFirst().manual()).isTrue();

        EventDetail back = events.move(article, all.get(1).id());
        assertThat(back.id()).isEqualTo(all.get(1).id());
        assertThat(events.detail(own.id())).isEmpty();
        assertThatThrownBy(() -> events.move(article, 999_999L)).isInstanceOf(EventChangeException.class);
    }

    @Test
    void theApiListsAndCuratesEvents() throws Exception {
        var list = mvc.get().uri("/api/events?offset=0&limit=5&q=").exchange();
        assertThat(list).hasStatusOk();
        assertThat(list).bodyJson().extractingPath("$.total").asNumber().satisfies(n -> assertThat(n.intValue()).isGreaterThan(5));
        assertThat(list).bodyJson().extractingPath("$.items[0]").asMap().containsKeys("id", "title", "articleIds", "outlets", "from", "to");

        List<EventSummary> all = events.list(new EventFilter(null, null, null, null, 2), 0, 100);
        assertThat(mvc.post().uri("/api/events/" + all.get(0).id() + "/merge").contentType(MediaType.APPLICATION_JSON)
                .content("{\"eventIds\":[" + all.get(1).id() + "]}").exchange())
                .hasStatusOk().bodyJson().extractingPath("$.articles.length()").isEqualTo(all.get(0).articleCount() + all.get(1).articleCount());
        long article = all.get(2).articleIds().getFirst();
        assertThat(mvc.post().uri("/api/events/pin").contentType(MediaType.APPLICATION_JSON)
                .content("{\"articleId\":" + article + ",\"pinned\":true}").exchange()).hasStatusOk();
        assertThat(mvc.post().uri("/api/events/regroup").contentType(MediaType.APPLICATION_JSON)
                .content("{\"granularity\":\"same-story\"}").exchange()).hasStatusOk().bodyJson().extractingPath("$.articles").asNumber()
                .satisfies(n -> assertThat(n.intValue()).isGreaterThan(0));
        assertThat(events.eventOf(article)).contains(all.get(2).id());
        assertThat(mvc.put().uri("/api/events/" + all.get(2).id() + "/title").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"  \"}").exchange()).hasStatus(409);
        assertThat(mvc.get().uri("/api/events/" + all.get(2).id()).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.explanation.sharedTerms").asArray().isNotEmpty();
    }
}
