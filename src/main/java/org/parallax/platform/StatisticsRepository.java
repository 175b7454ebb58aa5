package org.parallax.platform;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Refreshes PostgreSQL's planner statistics. During a large import the tables grow faster than
 * autovacuum re-analyses them, and with stale statistics the planner scans whole tables instead
 * of using the inverted index; imports therefore analyse the tables they grow as they go.
 */
@Repository
public class StatisticsRepository {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRepository.class);

    private static final String GROWING_TABLES = "article, article_terms, article_sentence, article_actor, "
            + "article_signature, term_stat, event, event_member";

    private final DSLContext db;

    StatisticsRepository(DSLContext db) {
        this.db = db;
    }

    public void analyzeGrowingTables() {
        db.execute("analyze " + GROWING_TABLES);
    }

    /**
     * Vacuums the inverted index of signature terms, which an import only appends to: that marks the
     * new pages all-visible, so grouping's candidate search reads postings from the (term, time, article)
     * index alone (an index-only scan) instead of visiting a heap page per posting. Cheap: only pages
     * changed since the last vacuum are read. VACUUM cannot run inside a transaction: there it does
     * nothing. Answers whether it ran.
     */
    public boolean vacuumPostings() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        try {
            db.execute("vacuum article_signature");
            return true;
        } catch (RuntimeException e) {
            // only a speed-up: autovacuum gets there later
            log.warn("Could not vacuum the signature index: {}", e.getMessage());
            return false;
        }
    }

    /** True every {@value #VACUUM_EVERY} articles of an import: when {@link #vacuumPostings} is worth running. */
    public static boolean worthVacuuming(int stored) {
        return stored % VACUUM_EVERY == 0;
    }

    private static final int VACUUM_EVERY = 1_000;

    /**
     * True at the points of an import where the statistics are worth refreshing: after 100, 500,
     * 2,000 and 5,000 articles, then each time the number doubles (10,000, 20,000, 40,000, …), when the
     * tables have grown enough for the planner's estimates to matter. (Every 5,000 articles cost 20
     * analyses of about 2.6 s each in a 100,000-article import.)
     */
    public static boolean worthAnalyzing(int stored) {
        return stored == 100 || stored == 500 || stored == 2_000
                || (stored >= 5_000 && stored % 5_000 == 0 && Integer.bitCount(stored / 5_000) == 1);
    }
}
