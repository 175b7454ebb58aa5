package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.parallax.account.CurrentUser;
import org.parallax.article.ArticleFeatureExtractor;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleStore;
import org.parallax.ingest.ImportItem.End;
import org.parallax.ingest.ImportItem.PageEnd;
import org.parallax.ingest.ImportItem.Problem;
import org.parallax.ingest.fetch.UrlFetcher;
import org.parallax.outlet.OutletRepository;
import org.parallax.platform.DatabaseOutage;
import org.parallax.platform.StatisticsRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way articles enter Parallax (UI upload, API, command line, demo corpus).
 *
 * <p>Streams the input through the format's parser on a reader thread, which also computes each
 * record's text features, while the calling thread stores the records in transactions of up to 128 ({@code parallax.import.records-per-transaction});
 * a transaction that fails is rolled back whole and its records are stored again one per
 * transaction, so a bad record is rejected with its reason while every valid one lands, and a
 * failure never leaves part of a record behind. The same text or URL twice is one article: a
 * duplicate is reported, not stored. A ZIP is read entry by entry and a URL list page by page,
 * all into one import batch. The batch and its report are created with the first record;
 * input that cannot be read at all raises {@link UnreadableInputException} and stores nothing.
 *
 * <p>The reading is done by {@link SourceExpander} (archives, URL lists, parsers) and
 * {@link RecordPreparer} (checks and text features), the storing by {@link ImportBatchWriter};
 * this class runs the two threads and the queue between them.
 */
@Service
public class ImportService {

    private final ImportLimits limits;
    private final UnsettledImports unsettled;
    private final SourceExpander expander;
    private final RecordPreparer preparer;
    private final ImportBatchWriter.Stores stores;

    ImportService(ArticleRepository articles, ArticleStore store, ArticleFeatureExtractor extractor, OutletRepository outlets, ImportBatchRepository batches,
                  ParserRegistry parsers, UrlFetcher fetcher, ImportLimits limits, StatisticsRepository statistics, CurrentUser currentUser,
                  TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events, UnsettledImports unsettled) {
        this.limits = limits;
        this.unsettled = unsettled;
        this.expander = new SourceExpander(parsers, fetcher, limits);
        this.preparer = new RecordPreparer(limits, extractor);
        this.stores = new ImportBatchWriter.Stores(articles, store, outlets, batches, statistics, currentUser, transactions,
                events, clock);
    }

    public ImportLimits limits() {
        return limits;
    }

    public ImportReport importStream(String sourceName, InputStream input, @Nullable ImportFormat requested) {
        return importStream(sourceName, input, requested, ImportListener.NONE);
    }

    /**
     * Imports one input.
     *
     * @param sourceName the file name or URL the input came from, shown in the report
     * @param requested  the format to read, or {@code null} to detect it from the content
     * @throws UnreadableInputException when the input as a whole cannot be read; nothing is stored then
     */
    public ImportReport importStream(String sourceName, InputStream input, @Nullable ImportFormat requested,
                                     ImportListener listener) {
        BoundedInputStream counted = new BoundedInputStream(input, limits.maxFileBytes(),
                max -> "the input is larger than " + max + " bytes (parallax.import.max-file-bytes)", true);
        Run run = new Run(sourceName, counted, listener);
        ImportBatchWriter writer = run.writer;
        Thread reader = Thread.ofPlatform().name("import-reader").daemon().unstarted(() -> run.read(() ->
                expander.read(run, sourceName, new BufferedInputStream(counted, 1 << 16), requested)));
        try {
            reader.start();
            run.storeAll();
        } catch (ImportCancelled c) {
            run.status = "cancelled";
        } catch (UnreadableInputException | LimitExceededException e) {
            if (writer.batchId() == null) {
                throw e instanceof UnreadableInputException u ? u : new UnreadableInputException(e.getMessage());
            }
            writer.report(ImportBatchRepository.REJECTED, new RecordProblem("rest of the input", "not read: " + e.getMessage()));
            run.status = "failed";
        } catch (IOException | UncheckedIOException e) {
            if (writer.batchId() == null) {
                throw new UnreadableInputException("the file could not be read: " + e.getMessage());
            }
            writer.report(ImportBatchRepository.REJECTED, new RecordProblem("rest of the input", "could not be read: " + e.getMessage()));
            run.status = "failed";
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            run.databaseLost = e;
        } finally {
            run.stopReading(reader);
            if (run.databaseLost == null) {
                writer.finishGrouping();
            } else {
                writer.abandonGrouping();
            }
        }
        if (run.databaseLost != null) {
            throw unsettled.databaseLost(writer.batchId(), sourceName, writer.created(), run.databaseLost);
        }
        if (writer.batchId() == null) {
            throw new UnreadableInputException("'" + sourceName + "' contains no articles");
        }
        return run.finish();
    }

    /** Reading the input, as the reader thread runs it. */
    private interface Reading {
        void run() throws IOException;
    }

    /**
     * The state of one import while it runs. Two threads share the work: the reader thread parses the
     * input and computes each record's text features ({@link #read}); the calling thread stores the
     * prepared records ({@link #storeAll}) in transactions of up to {@code parallax.import.records-per-transaction} (128) records. A bounded
     * queue between them keeps memory flat whatever the input's size. A transaction that fails is
     * rolled back whole and its records are stored again one per transaction, so a record that cannot
     * be stored is rejected alone and never leaves part of itself behind.
     */
    private final class Run implements SourceExpander.Sink {
        final int batchSize = limits.recordsPerTransaction();
        final BlockingQueue<ImportItem> queue = new ArrayBlockingQueue<>(2 * batchSize);
        final ImportBatchWriter writer;
        volatile boolean stopped;
        volatile @Nullable ImportFormat format;
        /** The charsets the input's text was decoded from, in the order met. */
        final Set<String> charsets = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());
        /** What stopped the import when the database stopped answering. */
        @Nullable RuntimeException databaseLost;
        String status = "finished";
        int records;

        Run(String sourceName, BoundedInputStream counted, ImportListener listener) {
            this.writer = new ImportBatchWriter(stores, sourceName, listener, counted::count, () -> format);
        }

        // ---- reader thread ----

        void read(Reading reading) {
            Throwable failure = null;
            try {
                reading.run();
            } catch (Throwable t) {
                failure = t;
            }
            try {
                hand(new End(failure));
            } catch (ImportCancelled ignored) {
                // the storing side has stopped and wants nothing more
            }
        }

        @Override
        public void format(ImportFormat f) {
            if (format == null) {
                format = f;
            }
        }

        @Override
        public void charset(String charset) {
            charsets.add(charset);
        }

        @Override
        public void checkCancelled() {
            if (stopped) {
                throw new ImportCancelled();
            }
        }

        @Override
        public void accept(RecordOrigin origin, ParsedRecord record) {
            checkCancelled();
            if (++records > limits.maxRecords()) {
                throw new LimitExceededException("more than " + limits.maxRecords() + " records (parallax.import.max-records)");
            }
            switch (record) {
                case ParsedRecord.Rejected r -> reject(new RecordProblem(origin.prefix() + r.record(), r.reason()));
                case ParsedRecord.Accepted a -> hand(preparer.prepare(origin, a));
            }
        }

        @Override
        public void reject(RecordProblem problem) {
            hand(new Problem(problem));
        }

        /** Ends the transaction being filled (a page of a URL list is stored once fetched, not when 128 records have come). */
        @Override
        public void pageEnd() {
            hand(PageEnd.INSTANCE);
        }

        private void hand(ImportItem item) {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    checkCancelled();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportCancelled();
            }
        }

        // ---- storing (calling) thread ----

        /** Stores what the reader hands over until the input ends; rethrows what stopped the reader. */
        void storeAll() throws IOException {
            List<ImportItem> batch = new ArrayList<>(batchSize);
            End end = null;
            while (end == null) {
                batch.clear();
                end = collect(batch);
                if (!batch.isEmpty()) {
                    writer.storeBatch(batch);
                }
            }
            Throwable failure = end.failure();
            switch (failure) {
                case null -> { }
                case IOException e -> throw e;
                case RuntimeException e -> throw e;
                case Error e -> throw e;
                default -> throw new IllegalStateException(failure);
            }
        }

        /**
         * Takes the next transaction's items: up to {@code parallax.import.records-per-transaction} (128),
         * fewer only where the input says so (its end, or the end of a page fetched from a URL list);
         * answers the end if reached. Where a transaction ends never depends on how fast the reader is:
         * each transaction is grouped with the statistics of the transactions up to it, so transactions cut
         * by timing would make the events an import creates depend on the load of the machine.
         */
        private @Nullable End collect(List<ImportItem> batch) {
            try {
                while (batch.size() < batchSize) {
                    ImportItem item = queue.take();
                    if (item instanceof End e) {
                        return e;
                    }
                    if (item instanceof PageEnd) {
                        if (batch.isEmpty()) {
                            continue;
                        }
                        return null;
                    }
                    batch.add(item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportCancelled();
            }
            return null;
        }

        void stopReading(Thread reader) {
            stopped = true;
            queue.clear();
            try {
                reader.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            queue.clear();
        }

        /** Finishes the report, naming the charsets the input's text was decoded from. */
        ImportReport finish() {
            String decodedFrom;
            synchronized (charsets) {
                decodedFrom = charsets.isEmpty() ? null : String.join(", ", charsets);
            }
            return writer.finish(status, decodedFrom);
        }
    }
}
