package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk regroup ({@link GroupingService#regroup}) decides exactly as regrouping article by
 * article through the incremental clustering ({@link GroupingService#regroupArticleByArticle}): the
 * same events with the same members, similarities, titles, spans and near-duplicate flags, on the
 * evaluation corpus (dated, with pinned, hand-placed and renamed events) at every granularity and for a
 * time range, and on the undated demo corpus.
 */
@SpringBootTest
class BulkRegroupEquivalenceTest {

    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired GroupingService grouping;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactionManager;
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        CleanDatabase.truncate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void evaluationCorpusWithCurationGroupsTheSameBothWaysAtEveryGranularity() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/eval/grouping-eval.jsonl")) {
            imports.importStream("eval.jsonl", in, null);
        }
        List<EventSummary> all = events.list(new EventFilter(null, null, null, null, 2), 0, 100);
        events.merge(all.get(0).id(), List.of(all.get(1).id()));
        events.rename(all.get(0).id(), "Named by hand");
        events.split(all.get(2).id(), List.of(all.get(2).articleIds().getFirst()));
        events.pin(all.get(3).articleIds().getFirst(), true);

        for (Granularity g : Granularity.values()) {
            assertSameBothWays(g.threshold(), null, null);
        }
        EventSummary newest = events.list(new EventFilter(null, null, null, null, 2), 0, 100).getFirst();
        assertSameBothWays(Granularity.DEFAULT.threshold(), newest.from().minusDays(3), newest.to());
        // the merged and renamed event kept its members and its title
        assertThat(snapshot().values().stream().filter(s -> s.contains("title=Named by hand")).count())
                .isEqualTo(all.get(0).articleCount() + all.get(1).articleCount());
    }

    @Test
    void undatedDemoCorpusGroupsTheSameBothWays() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-digest.txt")) {
            ImportReport report = imports.importStream("demo", in, ImportFormat.DIGEST);
            assertThat(report.articleIds()).hasSizeGreaterThan(20);
        }
        assertSameBothWays(Granularity.DEFAULT.threshold(), null, null);
        assertSameBothWays(0.2, null, null);
    }

    /**
     * An import groups each transaction's new articles together ({@link BatchPlacement}: one candidate
     * query for the batch, the batch's own earlier articles found in memory); that must decide as
     * placing them one by one with {@link GroupingService#assign} in id order under the same statistics.
     */
    @Test
    void aBatchOfNewArticlesGroupsAsPlacingThemOneByOne() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/eval/grouping-eval.jsonl")) {
            imports.importStream("eval.jsonl", in, null);
        }
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-digest.txt")) {
            imports.importStream("demo", in, ImportFormat.DIGEST);
        }
        List<Long> ids = jdbc.queryForList("select id from article order by id", Long.class);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        // the old ones stay grouped; the newest 40 are grouped again as if just stored
        List<Long> fresh = ids.subList(ids.size() - 40, ids.size());
        for (double threshold : new double[] {Granularity.DEFAULT.threshold(), 0.12}) {
            forgetGrouping(fresh);
            tx.executeWithoutResult(s -> fresh.forEach(id -> grouping.assign(id, threshold)));
            Map<Long, String> expected = snapshot();
            forgetGrouping(fresh);
            jdbc.update("delete from app_setting where name = ?", GroupingService.THRESHOLD_SETTING);
            jdbc.update("insert into app_setting (name, value, updated_by) values (?, ?, (select min(id) from app_user))",
                    GroupingService.THRESHOLD_SETTING, Double.toString(threshold));
            tx.executeWithoutResult(s -> grouping.placeNew(fresh));

            assertThat(snapshot()).as("threshold %s", threshold).isEqualTo(expected);
        }
        // the candidate search reads each posting's time from the inverted index: it must be its article's
        Integer postings = jdbc.queryForObject("select count(*) from article_signature", Integer.class);
        Integer wrongTime = jdbc.queryForObject("select count(*) from article_signature s join article a on a.id = s.article_id "
                + "where s.published_at is distinct from a.published_at", Integer.class);
        Integer undated = jdbc.queryForObject("select count(*) from article_signature where published_at is null", Integer.class);
        assertThat(postings).isGreaterThan(1000);
        assertThat(wrongTime).isZero();
        assertThat(undated).isPositive().isLessThan(postings);
        // and a (term, article) posting is stored once, dated or not
        for (String which : new String[] {"is not null", "is null"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("insert into article_signature (term, article_id, published_at) "
                            + "select term, article_id, published_at from article_signature where published_at " + which + " limit 1"))
                    .as("a second posting of the same term and article, published_at %s", which)
                    .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        }
    }

    /** Takes the articles out of their events and the inverted index, as if they had just been stored. */
    private void forgetGrouping(List<Long> articleIds) {
        Long[] ids = articleIds.toArray(Long[]::new);
        jdbc.update("delete from event_member where article_id = any(?)", (Object) ids);
        jdbc.update("delete from event e where not exists (select 1 from event_member m where m.event_id = e.id)");
        jdbc.update("delete from article_signature where article_id = any(?)", (Object) ids);
        jdbc.update("update article set near_duplicate_of = null, near_duplicate_similarity = null, "
                + "flags = array_remove(flags, 'NEAR_DUPLICATE') where id = any(?)", (Object) ids);
    }

    private void assertSameBothWays(double threshold, OffsetDateTime from, OffsetDateTime to) {
        forgetNearDuplicates();
        RegroupResult reference = grouping.regroupArticleByArticle(threshold, from, to);
        Map<Long, String> expected = snapshot();
        forgetNearDuplicates();
        RegroupResult bulk = grouping.regroup(threshold, from, to);
        Map<Long, String> actual = snapshot();

        assertThat(actual).as("threshold %s", threshold).isEqualTo(expected);
        assertThat(bulk.articles()).isEqualTo(reference.articles());
        assertThat(bulk.events()).isEqualTo(reference.events());
    }

    /** So that each way has to find the near-duplicates itself. */
    private void forgetNearDuplicates() {
        jdbc.update("update article set near_duplicate_of = null, near_duplicate_similarity = null, "
                + "flags = array_remove(flags, 'NEAR_DUPLICATE')");
    }

    /** Per article: its event's members (by article id), its similarity, flags, and its event's figures and title. */
    private Map<Long, String> snapshot() {
        Map<Long, String> result = new TreeMap<>();
        jdbc.query("""
                select m.article_id,
                       (select array_agg(o.article_id order by o.article_id)::text from event_member o where o.event_id = m.event_id),
                       m.similarity, m.pinned, m.manual, e.title, e.title_edited, e.article_count, e.first_published,
                       e.last_published, a.flags::text, a.near_duplicate_of
                from event_member m join event e on e.id = m.event_id join article a on a.id = m.article_id
                """, rs -> {
            result.put(rs.getLong(1), rs.getString(2) + " similarity=" + rs.getDouble(3) + " pinned=" + rs.getBoolean(4)
                    + " manual=" + rs.getBoolean(5) + " title=" + rs.getString(6) + " edited=" + rs.getBoolean(7)
                    + " count=" + rs.getInt(8) + " span=" + rs.getObject(9) + ".." + rs.getObject(10)
                    + " flags=" + rs.getString(11) + " duplicateOf=" + rs.getObject(12));
        });
        assertThat(result).isNotEmpty();
        return result;
    }
}
