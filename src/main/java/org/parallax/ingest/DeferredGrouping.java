package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleStored;
import org.parallax.article.ArticlesStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups an import's transactions one behind storing them, on a thread of its own, so that the
 * database works on both at once: while the storing thread writes transaction N + 1's rows, this
 * thread announces N's articles ({@link ArticlesStored}) in a transaction of its own, in which
 * grouping places them, and reads the near-duplicate links grouping made.
 *
 * <p>Before transaction N + 1 writes its corpus statistics and commits, the storing thread waits
 * for N to be grouped ({@link #awaitPrevious}). Each transaction is therefore grouped with the
 * statistics of exactly the transactions stored up to and including it, as when storing and
 * grouping ran in one transaction: the events an import makes do not depend on timing.
 *
 * <p>Between the two transactions an article is stored but in no event yet. Should the
 * application stop there, start-up grouping ({@code StartupGrouping}) places it; should grouping
 * fail, the record gets a warning saying so, and the same happens at the next start.
 */
final class DeferredGrouping implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeferredGrouping.class);

    private final TransactionTemplate transactions;
    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("import-grouping").daemon(true).factory());
    /**
     * Whether the import runs inside a caller's transaction: its rows are then invisible to another
     * thread until that transaction commits, so each transaction is grouped on the calling thread.
     */
    private final boolean inline = TransactionSynchronizationManager.isActualTransactionActive();
    private @Nullable Future<List<RecordProblem>> previous;

    DeferredGrouping(TransactionTemplate transactions, ArticleRepository articles, ApplicationEventPublisher events) {
        this.transactions = transactions;
        this.articles = articles;
        this.events = events;
    }

    /**
     * Starts grouping a committed transaction's articles; {@code records} names each article's record
     * for the report. The previous transaction must have been awaited.
     */
    void submit(ArticlesStored stored, Map<Long, String> records) {
        if (previous != null) {
            throw new IllegalStateException("the previous transaction is still being grouped");
        }
        previous = inline ? CompletableFuture.completedFuture(group(stored, records)) : worker.submit(() -> group(stored, records));
    }

    /**
     * Waits until the transaction submitted last is grouped (at once when there is none); answers
     * the report's notes on its records: near-duplicates found, or that grouping failed. Waits
     * through interrupts (grouping a transaction takes well under a second), then restores them.
     */
    List<RecordProblem> awaitPrevious() {
        Future<List<RecordProblem>> waiting = previous;
        previous = null;
        if (waiting == null) {
            return List.of();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return waiting.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("grouping failed unexpectedly", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<RecordProblem> group(ArticlesStored stored, Map<Long, String> records) {
        List<Long> ids = stored.articles().stream().map(ArticleStored::articleId).toList();
        try {
            Map<Long, ArticleRepository.NearDuplicate> near = transactions.execute(tx -> {
                articles.relaxCommitDurability();
                events.publishEvent(stored);
                return articles.nearDuplicatesOf(ids);
            });
            List<RecordProblem> notes = new ArrayList<>();
            for (long id : ids) {
                ArticleRepository.NearDuplicate original = near == null ? null : near.get(id);
                if (original != null) {
                    notes.add(nearDuplicateNote(records.get(id), original));
                }
            }
            return notes;
        } catch (RuntimeException e) {
            log.warn("Could not group {} imported articles; they will be grouped at the next start", ids.size(), e);
            return ids.stream().map(id -> new RecordProblem(records.get(id), "stored, but not put into an event yet ("
                    + e.getMessage() + "): Parallax groups it when it next starts")).toList();
        }
    }

    /** The report's note on a record whose article nearly repeats an earlier one. */
    static RecordProblem nearDuplicateNote(String record, ArticleRepository.NearDuplicate original) {
        return new RecordProblem(record, "near-duplicate of article #" + original.id() + " ("
                + Math.round(original.similarity() * 100) + " % of their word 5-grams are shared): kept, linked and flagged");
    }

    /** Stops the thread; anything submitted has been awaited by then. */
    @Override
    public void close() {
        worker.shutdown();
    }
}
