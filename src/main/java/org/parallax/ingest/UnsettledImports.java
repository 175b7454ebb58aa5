package org.parallax.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticlesAwaitGrouping;
import org.parallax.platform.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the database stopped answering in the middle of: they cannot be marked failed while it is
 * away, so they wait here and are marked {@code failed}, with the counts of what they really stored,
 * as soon as it answers again (tried at once, then every {@code parallax.import.settle-retry}, 2 s by
 * default); then grouping is asked to place the articles it could not place meanwhile. Should the
 * application stop first, start-up marks them {@code interrupted} instead ({@link InterruptedImports}).
 */
@Component
class UnsettledImports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UnsettledImports.class);
    static final String REST_NOT_STORED = "not stored: the database stopped answering or could not write during the import";

    private final ImportBatchRepository batches;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retry;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("import-settle").daemon(true).factory());
    private volatile boolean groupingDue;

    UnsettledImports(ImportBatchRepository batches, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
                     @Value("${parallax.import.settle-retry:2s}") Duration retry) {
        this.batches = batches;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.retry = retry;
    }

    /**
     * Takes note of an import stopped by the database; answers the exception that tells the user what
     * is stored and what is not.
     */
    ImportFailedException databaseLost(@Nullable Long batchId, String sourceName, int created, RuntimeException cause) {
        String reason = rootCause(cause);
        String what = DatabaseOutage.describe(cause);
        String message;
        if (batchId == null) {
            message = "'" + sourceName + "' was not imported: " + what + " before anything was stored ("
                    + reason + "). Import it again when the database is back.";
        } else {
            message = "Import #" + batchId + " of '" + sourceName + "' stopped: " + what + " (" + reason + "). "
                    + "The " + created + " articles of its completed transactions are stored whole, nothing of the transaction "
                    + "in progress. The import is marked failed as soon as the database answers again; then import the file "
                    + "again to add the rest (what is stored already is reported as duplicates).";
            waiting.add(batchId);
            groupingDue = true;
            worker.execute(this::settle);
        }
        log.warn(message);
        return new ImportFailedException(message, batchId, cause);
    }

    private void settle() {
        try {
            for (long id : List.copyOf(waiting)) {
                transactions.executeWithoutResult(tx -> {
                    batches.addIssue(id, ImportBatchRepository.REJECTED, new RecordProblem("rest of the input", REST_NOT_STORED));
                    if (!batches.settle(id, "failed", OffsetDateTime.now(clock))) {
                        tx.setRollbackOnly(); // settled already (or marked interrupted by a restart)
                    }
                });
                waiting.remove(id);
                log.info("The database answers again: import #{} is marked failed with what it stored", id);
            }
            if (groupingDue) {
                groupingDue = false;
                events.publishEvent(new ArticlesAwaitGrouping());
            }
        } catch (RuntimeException e) {
            groupingDue = true;
            log.debug("The database does not answer yet", e);
            if (!worker.isShutdown()) {
                worker.schedule(this::settle, retry.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
