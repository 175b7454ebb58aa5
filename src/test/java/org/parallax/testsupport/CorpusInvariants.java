package org.parallax.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must hold of a corpus whatever happened to it (crashes, a database that went away, imports,
 * regroups and curation racing each other), checked in SQL against the stored rows:
 * <ul>
 *   <li>every article is in exactly one event (event_member's key makes "at most one" structural);</li>
 *   <li>every event has members, and its stored {@code article_count} is the number of its members;</li>
 *   <li>no article without its term bag (stored half), no derived row (sentences, term bag, actors,
 *       signature terms) without its article;</li>
 *   <li>the corpus statistics count every article with a term bag once (N of {@code term_stat});</li>
 *   <li>no import is still "running" (when none runs), and every import's created count is the number
 *       of articles stored under it, and its duplicate, rejected and warning counts the lines of its report.</li>
 * </ul>
 */
public final class CorpusInvariants {

    private CorpusInvariants() {}

    /** Asserts every invariant, listing all that fail. */
    public static void assertHold(DataSource dataSource) {
        assertThat(violations(dataSource)).as("corpus invariants").isEmpty();
    }

    /** The invariants that do not hold, each as a sentence naming the rows concerned. */
    public static List<String> violations(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> found = new ArrayList<>();
        check(found, jdbc, "articles in no event", "select a.id from article a "
                + "where not exists (select 1 from event_member m where m.article_id = a.id) order by a.id");
        check(found, jdbc, "empty events", "select e.id from event e "
                + "where not exists (select 1 from event_member m where m.event_id = e.id) order by e.id");
        check(found, jdbc, "events whose article count is not their number of members", "select e.id from event e "
                + "where e.article_count <> (select count(*) from event_member m where m.event_id = e.id) order by e.id");
        check(found, jdbc, "articles without their term bag (half-stored)", "select a.id from article a "
                + "where not exists (select 1 from article_terms t where t.article_id = a.id) order by a.id");
        for (String table : List.of("article_sentence", "article_terms", "article_actor", "article_signature")) {
            check(found, jdbc, table + " rows without their article", "select distinct d.article_id from " + table + " d "
                    + "where not exists (select 1 from article a where a.id = d.article_id) order by 1");
        }
        check(found, jdbc, "corpus document count (N) not the number of term bags",
                "select n from (select coalesce((select document_count from term_stat where term = ''), 0) as n, "
                        + "(select count(*) from article_terms) as bags) t where n <> bags");
        check(found, jdbc, "imports still running", "select id from import_batch where status = 'running' order by id");
        check(found, jdbc, "imports whose counts are not what they stored and reported", "select b.id from import_batch b "
                + "where b.created_count <> (select count(*) from article a where a.import_batch_id = b.id) "
                + "or b.duplicate_count <> (select count(*) from import_issue i where i.batch_id = b.id and i.kind = 'duplicate') "
                + "or b.rejected_count <> (select count(*) from import_issue i where i.batch_id = b.id and i.kind = 'rejected') "
                + "or b.warning_count <> (select count(*) from import_issue i where i.batch_id = b.id and i.kind = 'warning') "
                + "order by b.id");
        return found;
    }

    private static void check(List<String> found, JdbcTemplate jdbc, String what, String sql) {
        List<Long> ids = jdbc.queryForList(sql, Long.class);
        if (!ids.isEmpty()) {
            found.add(what + ": " + (ids.size() > 20 ? ids.subList(0, 20) + " … (" + ids.size() + ")" : ids));
        }
    }
}
