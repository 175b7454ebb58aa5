package org.parallax.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.parallax.account.CurrentUser;
import org.parallax.article.ArticleFlag;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleStore;
import org.parallax.article.ArticleTextFeatures;
import org.parallax.article.ArticlesStored;
import org.parallax.article.NewArticle;
import org.parallax.ingest.ImportItem.End;
import org.parallax.ingest.ImportItem.PageEnd;
import org.parallax.ingest.ImportItem.Prepared;
import org.parallax.ingest.ImportItem.Problem;
import org.parallax.outlet.OutletRepository;
import org.parallax.platform.DatabaseOutage;
import org.parallax.platform.StatisticsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one import's batch, on the storing (calling) thread: creates the batch and its report with the
 * first record, stores each transaction's records together ({@link #storeBatch}), and when that
 * transaction fails rolls it back whole and stores its records again one per transaction, so a record
 * that cannot be stored is rejected alone with its reason and never leaves part of itself behind. Writes
 * each record's issues (rejections, duplicates, warnings) to the report, counts what the committed
 * records came to, hands each committed transaction's articles to grouping ({@link DeferredGrouping})
 * and finishes the report.
 */
final class ImportBatchWriter {

    // logged as ImportService: an import's log lines keep one category
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** The repositories and services an import writes with; the same for every import. */
    record Stores(ArticleRepository articles, ArticleStore store, OutletRepository outlets, ImportBatchRepository batches,
                  StatisticsRepository statistics, CurrentUser currentUser, TransactionTemplate transactions,
                  ApplicationEventPublisher events, Clock clock) {}

    /** What storing one record came to, applied to the counts once its transaction has committed. */
    private record Outcome(String kind, @Nullable Long articleId, String record, List<RecordProblem> issues) {}

    /** A committed transaction's articles, to be grouped, and the record each came from. */
    private record ToGroup(ArticlesStored stored, Map<Long, String> records) {}

    private final ArticleRepository articles;
    private final ArticleStore store;
    private final OutletRepository outlets;
    private final ImportBatchRepository batches;
    private final StatisticsRepository statistics;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String sourceName;
    private final ImportListener listener;
    private final LongSupplier bytesRead;
    private final Supplier<@Nullable ImportFormat> format;
    private final Map<String, Long> outletIds = new HashMap<>();
    private final DeferredGrouping grouping;
    /** The report's notes on records grouped since they were last written. */
    private final List<RecordProblem> groupingNotes = new ArrayList<>();
    private @Nullable Long batchId;
    private int created;
    private int duplicates;
    private int rejected;
    private int warnings;

    /**
     * @param bytesRead how much of the input has been read, for the listener's progress
     * @param format    the input's format once known, for creating the batch
     */
    ImportBatchWriter(Stores stores, String sourceName, ImportListener listener, LongSupplier bytesRead,
                      Supplier<@Nullable ImportFormat> format) {
        this.articles = stores.articles();
        this.store = stores.store();
        this.outlets = stores.outlets();
        this.batches = stores.batches();
        this.statistics = stores.statistics();
        this.currentUser = stores.currentUser();
        this.transactions = stores.transactions();
        this.clock = stores.clock();
        this.sourceName = sourceName;
        this.listener = listener;
        this.bytesRead = bytesRead;
        this.format = format;
        this.grouping = new DeferredGrouping(transactions, articles, stores.events());
    }

    /** The batch's id, or {@code null} while no batch has been created. */
    @Nullable Long batchId() {
        return batchId;
    }

    /** How many articles the import has created so far. */
    int created() {
        return created;
    }

    /** The batch's id, creating the batch (and its report) if it does not exist yet. */
    long batch() {
        if (batchId == null) {
            ImportFormat f = format.get();
            batchId = batches.create(sourceName, f == null ? ImportFormat.DIGEST : f, currentUser.id());
        }
        return batchId;
    }

    /** Records a problem found outside any record's transaction (a rejection). */
    void report(String kind, RecordProblem problem) {
        batches.addIssue(batch(), kind, problem);
        rejected++;
    }

    /**
     * Stores one transaction's items (see the class comment), counts them and writes the progress to the
     * batch; throws {@link ImportCancelled} when the listener cancelled the import meanwhile.
     */
    void storeBatch(List<ImportItem> batch) {
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
            throw new ImportCancelled();
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
    private void store(long batchId, List<ImportItem> batch, List<Outcome> outcomes, boolean[] cancelled,
                       @Nullable List<ToGroup> toGroup) {
        if (toGroup != null) {
            storeTogether(batchId, batch, outcomes, cancelled, toGroup);
            return;
        }
        int[] counts = {created, duplicates, rejected};
        for (ImportItem item : batch) {
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
    private Outcome unstorable(ImportItem item) {
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
        listener.progress(bytesRead.getAsLong(), counts[0], counts[1], counts[2]);
    }

    /**
     * Stores the batch's storable records together in the current transaction (articles and
     * features with a few statements for all of them; grouped in the next transaction, see
     * {@link DeferredGrouping}); a failure propagates and rolls it back.
     */
    private void storeTogether(long batchId, List<ImportItem> batch, List<Outcome> outcomes, boolean[] cancelled,
                               List<ToGroup> toGroup) {
        if (batch.stream().anyMatch(Prepared.class::isInstance) && listener.cancelled()) {
            cancelled[0] = true;
            return;
        }
        List<Prepared> storable = new ArrayList<>();
        List<NewArticle> articlesToStore = new ArrayList<>();
        List<ArticleTextFeatures> features = new ArrayList<>();
        List<List<RecordProblem>> notes = new ArrayList<>();
        for (ImportItem item : batch) {
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
        for (ImportItem item : batch) {
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

    /** The record as an article to store; its warnings and attribution notes are added to {@code notes}. */
    private NewArticle toNewArticle(long batch, Prepared p, List<RecordProblem> notes) {
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

    /**
     * Finishes the report with its status and counts, naming the charsets the input was decoded from
     * when there are any, and answers it.
     */
    ImportReport finish(String status, @Nullable String charsets) {
        if (charsets != null) {
            batches.setCharset(java.util.Objects.requireNonNull(batchId), charsets);
        }
        batches.finish(batchId, status, created, duplicates, rejected, warnings, OffsetDateTime.now(clock));
        return batches.findReport(batchId).orElseThrow();
    }
}
