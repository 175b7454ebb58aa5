package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.parallax.account.CurrentUser;
import org.parallax.article.ArticleFeatureExtractor;
import org.parallax.article.ArticleFlag;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleStore;
import org.parallax.article.ArticlesStored;
import org.parallax.article.NewArticle;
import org.parallax.article.ArticleTextFeatures;
import org.parallax.ingest.fetch.FetchException;
import org.parallax.ingest.fetch.FetchedPage;
import org.parallax.ingest.fetch.UrlFetcher;
import org.parallax.outlet.OutletRepository;
import org.parallax.platform.DatabaseOutage;
import org.parallax.platform.StatisticsRepository;
import org.parallax.text.ContentHash;
import org.parallax.text.WordCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final ArticleRepository articles;
    private final ArticleStore store;
    private final ArticleFeatureExtractor extractor;
    private final OutletRepository outlets;
    private final ImportBatchRepository batches;
    private final ParserRegistry parsers;
    private final UrlFetcher fetcher;
    private final ImportLimits limits;
    private final StatisticsRepository statistics;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final UnsettledImports unsettled;

    ImportService(ArticleRepository articles, ArticleStore store, ArticleFeatureExtractor extractor, OutletRepository outlets, ImportBatchRepository batches,
                  ParserRegistry parsers, UrlFetcher fetcher, ImportLimits limits, StatisticsRepository statistics, CurrentUser currentUser,
                  TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events, UnsettledImports unsettled) {
        this.articles = articles;
        this.store = store;
        this.extractor = extractor;
        this.outlets = outlets;
        this.batches = batches;
        this.parsers = parsers;
        this.fetcher = fetcher;
        this.limits = limits;
        this.statistics = statistics;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.unsettled = unsettled;
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
        Thread reader = Thread.ofPlatform().name("import-reader").daemon().unstarted(() -> run.read(() ->
                importSource(run, new Origin("", null), sourceName, new BufferedInputStream(counted, 1 << 16), requested, true)));
        try {
            reader.start();
            run.storeAll();
        } catch (Cancelled c) {
            run.status = "cancelled";
        } catch (UnreadableInputException | LimitExceededException e) {
            if (run.batchId == null) {
                throw e instanceof UnreadableInputException u ? u : new UnreadableInputException(e.getMessage());
            }
            run.report(ImportBatchRepository.REJECTED, new RecordProblem("rest of the input", "not read: " + e.getMessage()));
            run.status = "failed";
        } catch (IOException | UncheckedIOException e) {
            if (run.batchId == null) {
                throw new UnreadableInputException("the file could not be read: " + e.getMessage());
            }
            run.report(ImportBatchRepository.REJECTED, new RecordProblem("rest of the input", "could not be read: " + e.getMessage()));
            run.status = "failed";
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            run.databaseLost = e;
        } finally {
            run.stopReading(reader);
            if (run.databaseLost == null) {
                run.finishGrouping();
            } else {
                run.abandonGrouping();
            }
        }
        if (run.databaseLost != null) {
            throw unsettled.databaseLost(run.batchId, sourceName, run.created, run.databaseLost);
        }
        if (run.batchId == null) {
            throw new UnreadableInputException("'" + sourceName + "' contains no articles");
        }
        return run.finish();
    }

    /**
     * Where records come from inside the input: a prefix for their names, the page URL they were fetched from, and
     * the charset their text was decoded from (once known).
     */
    private record Origin(String prefix, @Nullable String url, @Nullable String charset) {
        Origin(String prefix, @Nullable String url) {
            this(prefix, url, null);
        }
    }

    private void importSource(Run run, Origin origin, String name, BufferedInputStream in, @Nullable ImportFormat requested,
                              boolean topLevel) throws IOException {
        if ((requested == null || requested == ImportFormat.ZIP) && startsWith(in, ZIP_MAGIC)) {
            if (!topLevel) {
                throw new UnreadableInputException("archives inside archives are not read");
            }
            run.format(ImportFormat.ZIP);
            importZip(run, name, in);
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.open(in);
        run.charsets.add(decoded.charset().name());
        Origin decodedOrigin = new Origin(origin.prefix(), origin.url(), decoded.charset().name());
        ImportFormat format = requested != null && requested != ImportFormat.ZIP
                ? requested : FormatDetector.detect(decoded.sample(), name);
        if (topLevel) {
            run.format(format);
        }
        try (Reader reader = decoded.reader()) {
            if (format == ImportFormat.URLS) {
                if (!topLevel) {
                    throw new UnreadableInputException("URL lists are read only as a file of their own, not inside an archive or page");
                }
                importUrls(run, reader);
            } else {
                parsers.forFormat(format).parse(reader, record -> run.accept(decodedOrigin, record));
            }
        }
    }

    private void importZip(Run run, String archiveName, InputStream in) throws IOException {
        long expandedBytes = 0;
        int entries = 0;
        BoundedInputStream compressed = new BoundedInputStream(in, Long.MAX_VALUE, max -> "", true);
        try (ZipInputStream zip = new ZipInputStream(compressed)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String skipped = skippedEntry(entry.getName());
                if (skipped != null) {
                    run.reject(new RecordProblem(archiveName + "!" + entry.getName(), "skipped: " + skipped));
                    continue;
                }
                if (++entries > limits.maxArchiveEntries()) {
                    throw new LimitExceededException("the archive has more than " + limits.maxArchiveEntries()
                            + " files (parallax.import.max-archive-entries)");
                }
                String entryName = archiveName + "!" + entry.getName();
                // the entry may expand only to what is left of the archive's budget (stops ZIP bombs)
                BoundedInputStream entryBytes = new BoundedInputStream(zip, limits.maxArchiveBytes() - expandedBytes,
                        left -> "the archive expands to more than " + limits.maxArchiveBytes()
                                + " bytes (parallax.import.max-archive-bytes): reading stopped", false);
                long compressedAtStart = compressed.count();
                InputStream guarded = new RatioLimitedInputStream(entryBytes, () -> compressed.count() - compressedAtStart,
                        limits.maxCompressionRatio(), entryName);
                try {
                    importSource(run, new Origin(entryName + ": ", null), entry.getName(),
                            new BufferedInputStream(guarded, 1 << 16), null, false);
                } catch (UnreadableInputException e) {
                    run.reject(new RecordProblem(entryName, "not read: " + e.getMessage()));
                }
                // what the parser left unread is inflated here, not by the next getNextEntry(), so that it too
                // counts against the archive's budget and compression ratio
                guarded.transferTo(java.io.OutputStream.nullOutputStream());
                expandedBytes += entryBytes.count();
            }
        } catch (ZipException e) {
            if (entries == 0) {
                throw new UnreadableInputException("the ZIP archive is damaged: " + e.getMessage());
            }
            run.reject(new RecordProblem(archiveName, "the rest of the archive is damaged: " + e.getMessage()));
        }
        if (entries == 0) {
            throw new UnreadableInputException("the ZIP archive '" + archiveName + "' has no files");
        }
    }

    private void importUrls(Run run, Reader reader) throws IOException {
        var lines = new java.io.BufferedReader(reader);
        String line;
        int lineNumber = 0;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            String url = line.strip();
            if (url.isEmpty() || url.startsWith("#")) {
                continue;
            }
            if (!UrlListSniffer.isUrl(url)) {
                run.reject(new RecordProblem("line " + lineNumber, "not an http or https URL"));
                continue;
            }
            run.checkCancelled();
            try {
                FetchedPage page = fetcher.fetch(url);
                importSource(run, new Origin(url + ": ", page.url()), url,
                        new BufferedInputStream(new ByteArrayInputStream(page.body())), null, false);
            } catch (FetchException e) {
                run.reject(new RecordProblem(url, e.getMessage()));
            } catch (UnreadableInputException e) {
                run.reject(new RecordProblem(url, "not read: " + e.getMessage()));
            }
            run.pageEnd();
        }
    }

    /**
     * Why an archive entry is not read, or {@code null} when it is: macOS metadata ({@code __MACOSX/}) and hidden
     * files (a name starting with a dot, after the last {@code /} or {@code \}). Odd names such as
     * {@code ..\..\x.jsonl} are read like any other: an entry's name only names its records, nothing is written.
     */
    private static @Nullable String skippedEntry(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.startsWith("__MACOSX/") || name.contains("/__MACOSX/")) {
            return "macOS metadata (a __MACOSX folder), not an article file";
        }
        if (base.startsWith(".")) {
            return "a hidden file (its name starts with a dot)";
        }
        return null;
    }

    private static boolean startsWith(BufferedInputStream in, byte[] magic) throws IOException {
        in.mark(magic.length);
        byte[] head = in.readNBytes(magic.length);
        in.reset();
        return java.util.Arrays.equals(head, magic);
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** Reading the input, as the reader thread runs it. */
    private interface Reading {
        void run() throws IOException;
    }

    /** What the reader thread hands to the storing thread, in input order. */
    private sealed interface Item {}

    /** A record ready to store: parsed, checked, hashed and with its text features computed (or why they could not be). */
    private record Prepared(String record, ParsedArticle article, String contentHash, int wordCount,
                            @Nullable ArticleTextFeatures features, @Nullable RuntimeException failure) implements Item {}

    /** A record or input part rejected before storing. */
    private record Problem(RecordProblem problem) implements Item {}

    /** The end of a page fetched from a URL list: what was read so far is stored without waiting for more. */
    private enum PageEnd implements Item { INSTANCE }

    /** The end of the input: cleanly ({@code failure == null}) or with what stopped reading. */
    private record End(@Nullable Throwable failure) implements Item {}

    /** What storing one record came to, applied to the counts once its transaction has committed. */
    private record Outcome(String kind, @Nullable Long articleId, String record, List<RecordProblem> issues) {}

    /** A committed transaction's articles, to be grouped, and the record each came from. */
    private record ToGroup(ArticlesStored stored, Map<Long, String> records) {}

    /**
     * The state of one import while it runs. Two threads share the work: the reader thread parses the
     * input and computes each record's text features ({@link #read}); the calling thread stores the
     * prepared records ({@link #storeAll}) in transactions of up to {@code parallax.import.records-per-transaction} (128) records. A bounded
     * queue between them keeps memory flat whatever the input's size. A transaction that fails is
     * rolled back whole and its records are stored again one per transaction, so a record that cannot
     * be stored is rejected alone and never leaves part of itself behind.
     */
    private final class Run {
        final String sourceName;
        final BoundedInputStream counted;
        final ImportListener listener;
        final int batchSize = limits.recordsPerTransaction();
        final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(2 * batchSize);
        final Map<String, Long> outletIds = new HashMap<>();
        final DeferredGrouping grouping = new DeferredGrouping(transactions, articles, events);
        /** The report's notes on records grouped since they were last written. */
        final List<RecordProblem> groupingNotes = new ArrayList<>();
        volatile boolean stopped;
        volatile @Nullable ImportFormat format;
        /** The charsets the input's text was decoded from, in the order met. */
        final Set<String> charsets = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());
        @Nullable Long batchId;
        /** What stopped the import when the database stopped answering. */
        @Nullable RuntimeException databaseLost;
        String status = "finished";
        int records;
        int created;
        int duplicates;
        int rejected;
        int warnings;

        Run(String sourceName, BoundedInputStream counted, ImportListener listener) {
            this.sourceName = sourceName;
            this.counted = counted;
            this.listener = listener;
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
            } catch (Cancelled ignored) {
                // the storing side has stopped and wants nothing more
            }
        }

        void format(ImportFormat f) {
            if (format == null) {
                format = f;
            }
        }

        void checkCancelled() {
            if (stopped) {
                throw new Cancelled();
            }
        }

        void accept(Origin origin, ParsedRecord record) {
            checkCancelled();
            if (++records > limits.maxRecords()) {
                throw new LimitExceededException("more than " + limits.maxRecords() + " records (parallax.import.max-records)");
            }
            switch (record) {
                case ParsedRecord.Rejected r -> reject(new RecordProblem(origin.prefix() + r.record(), r.reason()));
                case ParsedRecord.Accepted a -> hand(prepare(origin, a));
            }
        }

        void reject(RecordProblem problem) {
            hand(new Problem(problem));
        }

        /** Ends the transaction being filled (a page of a URL list is stored once fetched, not when 128 records have come). */
        void pageEnd() {
            hand(PageEnd.INSTANCE);
        }

        Item prepare(Origin origin, ParsedRecord.Accepted accepted) {
            String record = origin.prefix() + accepted.record();
            ParsedArticle a = accepted.article();
            if (a.url() == null && origin.url() != null) {
                a = withUrl(a, origin.url());
            }
            a = withoutNul(a);
            String undecodable = undecodableWarning(a, origin.charset());
            if (undecodable != null) {
                a = withWarning(a, undecodable);
            }
            Optional<String> refused = fieldTooLong(a).or(() -> BinaryRecord.reason(accepted.article().title(), accepted.article().body()));
            if (refused.isPresent()) {
                return new Problem(new RecordProblem(record, refused.get()));
            }
            try {
                return new Prepared(record, a, ContentHash.of(a.title(), a.body()), WordCounter.count(a.body()),
                        extractor.extract(a.title(), a.body()), null);
            } catch (RuntimeException e) {
                return new Prepared(record, a, "", 0, null, e);
            }
        }

        private void hand(Item item) {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    checkCancelled();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
        }

        // ---- storing (calling) thread ----

        /** Stores what the reader hands over until the input ends; rethrows what stopped the reader. */
        void storeAll() throws IOException {
            List<Item> batch = new ArrayList<>(batchSize);
            End end = null;
            while (end == null) {
                batch.clear();
                end = collect(batch);
                if (!batch.isEmpty()) {
                    storeBatch(batch);
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
        private @Nullable End collect(List<Item> batch) {
            try {
                while (batch.size() < batchSize) {
                    Item item = queue.take();
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
                throw new Cancelled();
            }
            return null;
        }

        private void storeBatch(List<Item> batch) {
            long batchId = batch();
            List<Outcome> outcomes = new ArrayList<>();
            boolean[] cancelled = {false};
            List<ToGroup> toGroup = new ArrayList<>(1);
            try {
                transactions.executeWithoutResult(tx -> {
                    articles.relaxCommitDurability();
                    store(batchId, batch, outcomes, cancelled, toGroup);
                    // this transaction writes its corpus statistics as it commits: the one before must be grouped first
                    groupingNotes.addAll(grouping.awaitPrevious());
                });
            } catch (RuntimeException e) {
                if (DatabaseOutage.causedBy(e)) {
                    throw e; // no record is to blame: storing them one by one would only fail again, slowly
                }
                // some record broke the transaction: store the batch again, each record in a transaction of its own
                log.debug("A batch of {} failed; storing its records one by one", sourceName, e);
                groupingNotes.addAll(grouping.awaitPrevious());
                outcomes.clear();
                outletIds.clear();
                toGroup.clear();
                cancelled[0] = false;
                store(batchId, batch, outcomes, cancelled, null);
            }
            writeGroupingNotes();
            toGroup.forEach(g -> grouping.submit(g.stored(), g.records()));
            int before = created;
            apply(batchId, outcomes);
            // after every transaction, so that the import history shows the progress of a running import
            batches.progress(batchId, created, duplicates, rejected, warnings);
            if (passes(before, created, StatisticsRepository::worthAnalyzing)) {
                statistics.analyzeGrowingTables();
            }
            if (passes(before, created, StatisticsRepository::worthVacuuming)) {
                statistics.vacuumPostings();
            }
            if (cancelled[0]) {
                throw new Cancelled();
            }
        }

        /** Whether counting from {@code before} up to {@code after} passes a number at which {@code worth} holds. */
        private static boolean passes(int before, int after, java.util.function.IntPredicate worth) {
            for (int n = before + 1; n <= after; n++) {
                if (worth.test(n)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Stores the batch's records: together in the current transaction, adding what is to be grouped
         * once it commits to {@code toGroup}; or, when that is null, each in a transaction of its own, grouped in it.
         */
        private void store(long batchId, List<Item> batch, List<Outcome> outcomes, boolean[] cancelled,
                           @Nullable List<ToGroup> toGroup) {
            if (toGroup != null) {
                storeTogether(batchId, batch, outcomes, cancelled, toGroup);
                return;
            }
            int[] counts = {created, duplicates, rejected};
            for (Item item : batch) {
                if (item instanceof Prepared && listener.cancelled()) {
                    cancelled[0] = true;
                    break;
                }
                Outcome outcome = switch (item) {
                    case Prepared p when p.failure() == null -> storeAlone(batchId, p);
                    default -> {
                        Outcome o = unstorable(item);
                        writeIssues(batchId, List.of(o));
                        yield o;
                    }
                };
                outcomes.add(outcome);
                progress(counts, outcome);
            }
        }

        /** What a record that cannot be stored comes to: rejected with its reason. */
        private Outcome unstorable(Item item) {
            return switch (item) {
                case Problem p -> new Outcome(ImportBatchRepository.REJECTED, null, p.problem().record(), List.of(p.problem()));
                case Prepared p -> new Outcome(ImportBatchRepository.REJECTED, null, p.record(),
                        List.of(new RecordProblem(p.record(), "could not be stored: "
                                + StorageFailure.reason(java.util.Objects.requireNonNull(p.failure())))));
                case End e -> throw new IllegalStateException("end inside a batch");
                case PageEnd p -> throw new IllegalStateException("page end inside a batch");
            };
        }

        private void progress(int[] counts, Outcome outcome) {
            switch (outcome.kind()) {
                case ImportBatchRepository.WARNING -> counts[0]++;
                case ImportBatchRepository.DUPLICATE -> counts[1]++;
                default -> counts[2]++;
            }
            listener.progress(counted.count(), counts[0], counts[1], counts[2]);
        }

        /**
         * Stores the batch's storable records together in the current transaction (articles and
         * features with a few statements for all of them; grouped in the next transaction, see
         * {@link DeferredGrouping}); a failure propagates and rolls it back.
         */
        private void storeTogether(long batchId, List<Item> batch, List<Outcome> outcomes, boolean[] cancelled,
                                   List<ToGroup> toGroup) {
            if (batch.stream().anyMatch(Prepared.class::isInstance) && listener.cancelled()) {
                cancelled[0] = true;
                return;
            }
            List<Prepared> storable = new ArrayList<>();
            List<NewArticle> articlesToStore = new ArrayList<>();
            List<ArticleTextFeatures> features = new ArrayList<>();
            List<List<RecordProblem>> notes = new ArrayList<>();
            for (Item item : batch) {
                if (item instanceof Prepared p && p.failure() == null) {
                    List<RecordProblem> own = new ArrayList<>();
                    storable.add(p);
                    articlesToStore.add(toNewArticle(batchId, p, own));
                    features.add(java.util.Objects.requireNonNull(p.features()));
                    notes.add(own);
                }
            }
            ArticleStore.StoredArticles stored = store.storeAllIfNewAnnouncingLater(articlesToStore, features);
            List<Optional<Long>> ids = stored.ids();
            Map<Long, String> records = new HashMap<>();
            int[] counts = {created, duplicates, rejected};
            int k = 0;
            for (Item item : batch) {
                Outcome outcome;
                if (item instanceof Prepared p && p.failure() == null) {
                    Optional<Long> id = ids.get(k);
                    List<RecordProblem> own = notes.get(k++);
                    id.ifPresent(i -> records.put(i, p.record()));
                    outcome = id.isPresent() ? new Outcome(ImportBatchRepository.WARNING, id.get(), p.record(), own)
                            : duplicate(p);
                } else {
                    outcome = unstorable(item);
                }
                outcomes.add(outcome);
                progress(counts, outcome);
            }
            writeIssues(batchId, outcomes);
            if (stored.announcement() != null) {
                toGroup.add(new ToGroup(stored.announcement(), records));
            }
        }

        /**
         * Waits for the last transaction's grouping without writing what it noted (the database stopped
         * answering): what it could not group is grouped when the database is back.
         */
        void abandonGrouping() {
            try {
                grouping.awaitPrevious();
            } catch (RuntimeException e) {
                log.debug("Grouping of {} stopped with the database", sourceName, e);
            } finally {
                grouping.close();
            }
        }

        /** Waits for the last transaction's grouping, then writes what it noted; the import's last step. */
        void finishGrouping() {
            try {
                groupingNotes.addAll(grouping.awaitPrevious());
                if (batchId != null) {
                    writeGroupingNotes();
                }
            } finally {
                grouping.close();
            }
        }

        /** Writes the notes on grouped records (near-duplicates) to the report, as warnings of created articles. */
        private void writeGroupingNotes() {
            if (groupingNotes.isEmpty()) {
                return;
            }
            batches.addIssues(java.util.Objects.requireNonNull(batchId), groupingNotes.stream()
                    .map(n -> new ImportBatchRepository.Issue(ImportBatchRepository.WARNING, n)).toList());
            warnings += groupingNotes.size();
            groupingNotes.clear();
        }

        /** Stores one record in the current transaction; a failure propagates and rolls the transaction back. */
        private Outcome storeOne(long batchId, Prepared p) {
            List<RecordProblem> notes = new ArrayList<>();
            Optional<Long> id = store.storeIfNew(toNewArticle(batchId, p, notes), java.util.Objects.requireNonNull(p.features()));
            if (id.isPresent()) {
                articles.nearDuplicateOf(id.get()).ifPresent(original -> notes.add(DeferredGrouping.nearDuplicateNote(p.record(), original)));
                return new Outcome(ImportBatchRepository.WARNING, id.get(), p.record(), notes);
            }
            return duplicate(p);
        }

        private Outcome duplicate(Prepared p) {
            String existing = articles.findExisting(p.contentHash(), p.article().url())
                    .map(i -> "article #" + i).orElse("an article stored meanwhile");
            return new Outcome(ImportBatchRepository.DUPLICATE, null, p.record(), List.of(new RecordProblem(p.record(),
                    "duplicate of " + existing + " (same text or URL): not stored again")));
        }

        /** Stores one record in a transaction of its own, rejecting it with the reason when that fails. */
        private Outcome storeAlone(long batchId, Prepared p) {
            Outcome outcome;
            try {
                outcome = transactions.execute(tx -> {
                    articles.relaxCommitDurability();
                    return storeOne(batchId, p);
                });
            } catch (RuntimeException e) {
                if (DatabaseOutage.causedBy(e)) {
                    throw e;
                }
                String reason = StorageFailure.reason(e);
                log.warn("Record {} of {} not stored: {}", p.record(), sourceName, reason);
                log.debug("Record {} of {} not stored", p.record(), sourceName, e);
                outletIds.clear();
                outcome = new Outcome(ImportBatchRepository.REJECTED, null, p.record(),
                        List.of(new RecordProblem(p.record(), "could not be stored: " + reason)));
            }
            writeIssues(batchId, List.of(outcome));
            return outcome;
        }

        private void writeIssues(long batchId, List<Outcome> outcomes) {
            List<ImportBatchRepository.Issue> issues = new ArrayList<>();
            for (Outcome o : outcomes) {
                o.issues().forEach(problem -> issues.add(new ImportBatchRepository.Issue(o.kind(), problem)));
            }
            batches.addIssues(batchId, issues);
        }

        /** Counts what the committed records came to (a created article's issues are warnings). */
        private void apply(long batchId, List<Outcome> outcomes) {
            for (Outcome o : outcomes) {
                switch (o.kind()) {
                    case ImportBatchRepository.WARNING -> {
                        created++;
                        warnings += o.issues().size();
                    }
                    case ImportBatchRepository.DUPLICATE -> duplicates++;
                    default -> rejected++;
                }
            }
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

        long batch() {
            if (batchId == null) {
                batchId = batches.create(sourceName, format == null ? ImportFormat.DIGEST : format, currentUser.id());
            }
            return batchId;
        }

        /** Records a problem found outside any record's transaction (a rejection). */
        void report(String kind, RecordProblem problem) {
            batches.addIssue(batch(), kind, problem);
            rejected++;
        }

        Optional<String> fieldTooLong(ParsedArticle a) {
            if (a.title().length() > limits.maxTitleChars()) {
                return Optional.of("title longer than " + limits.maxTitleChars() + " characters (parallax.import.max-title-chars)");
            }
            if (a.body().length() > limits.maxBodyChars()) {
                return Optional.of("text longer than " + limits.maxBodyChars() + " characters (parallax.import.max-body-chars)");
            }
            for (String field : new String[] {a.url(), a.byline(), a.upstreamSource(), a.language(),
                    a.outlet() == null ? null : a.outlet().name()}) {
                if (field != null && field.length() > limits.maxFieldChars()) {
                    return Optional.of("a field is longer than " + limits.maxFieldChars()
                            + " characters (parallax.import.max-field-chars): " + field.substring(0, 60) + "…");
                }
            }
            return Optional.empty();
        }

        /** The record as an article to store; its warnings and attribution notes are added to {@code notes}. */
        NewArticle toNewArticle(long batch, Prepared p, List<RecordProblem> notes) {
            ParsedArticle a = p.article();
            a.warnings().forEach(w -> notes.add(new RecordProblem(p.record(), w)));
            Set<ArticleFlag> flags = a.flags().isEmpty() ? EnumSet.noneOf(ArticleFlag.class) : EnumSet.copyOf(a.flags());
            if (a.body().isBlank()) {
                flags.add(ArticleFlag.EMPTY_BODY);
            }
            Long outletId = null;
            if (a.outlet() != null) {
                outletId = outletIds.computeIfAbsent(a.outlet().name(), outlets::findOrCreate);
            } else {
                flags.add(ArticleFlag.NO_OUTLET);
                notes.add(new RecordProblem(p.record(), "no outlet could be attributed: the text names none"));
            }
            return new NewArticle(a.title(), outletId,
                    a.outlet() == null ? null : a.outlet().evidence().name(),
                    a.outlet() == null ? null : a.outlet().snippet(),
                    a.upstreamSource(), a.url(), a.byline(), a.publishedAt(), a.publishedZone(), a.language(),
                    a.body(), p.wordCount(), p.contentHash(), flags,
                    batch, p.record(), currentUser.id());
        }

        ImportReport finish() {
            synchronized (charsets) {
                if (!charsets.isEmpty()) {
                    batches.setCharset(java.util.Objects.requireNonNull(batchId), String.join(", ", charsets));
                }
            }
            batches.finish(batchId, status, created, duplicates, rejected, warnings, OffsetDateTime.now(clock));
            return batches.findReport(batchId).orElseThrow();
        }
    }

    /** The record without NUL characters (a JSON {@code \\u0000} escape, say), which PostgreSQL cannot store. */
    private static ParsedArticle withoutNul(ParsedArticle a) {
        if (!hasNul(a.title()) && !hasNul(a.body()) && !hasNul(a.url()) && !hasNul(a.byline())
                && !hasNul(a.upstreamSource()) && !hasNul(a.language()) && !hasNul(a.publishedZone())) {
            return a;
        }
        return new ParsedArticle(a.title().replace("\u0000", ""), a.body().replace("\u0000", ""), a.outlet(), noNul(a.upstreamSource()),
                noNul(a.byline()), noNul(a.url()), a.publishedAt(), noNul(a.publishedZone()), noNul(a.language()),
                a.flags(), a.warnings());
    }

    private static boolean hasNul(@Nullable String s) {
        return s != null && s.indexOf('\u0000') >= 0;
    }

    private static @Nullable String noNul(@Nullable String s) {
        return s == null ? null : s.replace("\u0000", "");
    }

    /** The warning for a record whose text holds U+FFFD (bytes the decoder could not read), or {@code null}. */
    private static @Nullable String undecodableWarning(ParsedArticle a, @Nullable String charset) {
        long replaced = a.title().chars().filter(c -> c == '\uFFFD').count() + a.body().chars().filter(c -> c == '\uFFFD').count();
        if (replaced == 0) {
            return null;
        }
        return replaced + (replaced == 1 ? " character" : " characters") + " could not be decoded"
                + (charset == null ? "" : " as " + charset) + " and " + (replaced == 1 ? "was" : "were")
                + " replaced by \uFFFD: check the text against the original";
    }

    private static ParsedArticle withWarning(ParsedArticle a, String warning) {
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.add(warning);
        return new ParsedArticle(a.title(), a.body(), a.outlet(), a.upstreamSource(), a.byline(), a.url(), a.publishedAt(),
                a.publishedZone(), a.language(), a.flags(), warnings);
    }

    private static ParsedArticle withUrl(ParsedArticle a, String url) {
        return new ParsedArticle(a.title(), a.body(), a.outlet(), a.upstreamSource(), a.byline(), url, a.publishedAt(),
                a.publishedZone(), a.language(), a.flags(), a.warnings());
    }
}
