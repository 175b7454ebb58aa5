package org.parallax.event;

import org.parallax.article.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, brings older data up to date: computes the text features of articles stored
 * before features existed, puts right events whose count is wrong, then groups every article that
 * has no event yet (also those of an import's last transaction when the application stopped before
 * grouping it).
 */
@Component
class StartupGrouping {

    private static final Logger log = LoggerFactory.getLogger(StartupGrouping.class);

    private final ArticleStore store;
    private final GroupingService grouping;
    private final TransactionTemplate transactions;

    StartupGrouping(ArticleStore store, GroupingService grouping, TransactionTemplate transactions) {
        this.store = store;
        this.grouping = grouping;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void backfill() {
        int features = 0;
        int done;
        do {
            done = transactions.execute(tx -> store.backfillFeatures(500));
            features += done;
        } while (done > 0);
        grouping.repairEventCounts();
        int grouped = grouping.groupUngrouped();
        if (features + grouped > 0) {
            log.info("Backfilled text features of {} articles and grouped {} ungrouped articles", features, grouped);
        }
    }
}
