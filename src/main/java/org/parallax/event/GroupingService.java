package org.parallax.event;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.account.CurrentUser;
import org.parallax.article.ArticleFeaturesRepository;
import org.parallax.article.CorpusCounted;
import org.parallax.article.ArticleStored;
import org.parallax.article.ArticlesAwaitGrouping;
import org.parallax.article.ArticlesStored;
import org.parallax.article.StoredTerms;
import org.parallax.platform.StatisticsRepository;
import org.parallax.text.ArticleFeatures;
import org.parallax.text.DocumentFrequencies;
import org.parallax.text.EventFeatures;
import org.parallax.text.EventSimilarity;
import org.parallax.text.SparseVector;
import org.parallax.text.TfIdfVectorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic grouping: every stored article joins the best-matching event or starts a new one.
 *
 * <p>Incremental clustering after Miranda et al. (2018), <i>Multilingual Clustering of Streaming
 * News</i>, EMNLP: an article is scored against candidate events with {@link EventSimilarity}
 * (TF-IDF cosine of body and title against the event's centroid, with sublinear tf and corpus idf;
 * Jaccard overlap of named actors; exponential decay with the time gap, τ = 2 days) and joins the
 * best event whose score reaches the threshold ({@link Granularity}; times
 * {@link Granularity#UNDATED_FACTOR} when either side is undated), else founds a new event.
 *
 * <p>The cost of adding one article is bounded, whatever the corpus size: candidates come from one
 * SQL query over an inverted index of <em>signature terms</em> (the article's {@value Signatures#SIGNATURE_TERMS}
 * highest TF-IDF body terms, its title terms and its actors), limited to articles published within
 * {@link #WINDOW} of it when it is dated; at most {@value #CANDIDATE_EVENTS} events are scored, each
 * through at most {@value #REPRESENTATIVES} of its most central members.
 *
 * <p>Articles stored together (an import's transaction) are placed together by a {@link BatchPlacement},
 * deciding exactly as placing them one by one in id order ({@link #assign}) would under the same
 * statistics, with a fixed number of queries per batch; a regroup is a {@link BulkRegroup}. Both share
 * the in-memory single pass of {@link EventPlacement}.
 */
@Service
class GroupingService {

    static final int CANDIDATE_ARTICLES = 200;
    static final int CANDIDATE_EVENTS = 5;
    static final int REPRESENTATIVES = 6;
    static final Duration WINDOW = Duration.ofDays(7);
    static final String THRESHOLD_SETTING = "grouping.threshold";
    static final double NEAR_DUPLICATE_JACCARD = 0.8;
    static final int NEAR_DUPLICATE_CANDIDATES = 30;
    private static final int REGROUP_CHUNK = BulkRegroup.CHUNK;
    private static final Logger log = LoggerFactory.getLogger(GroupingService.class);

    private final GroupingRepository grouping;
    private final EventRepository events;
    private final CurrentUser user;
    private final TransactionTemplate transactions;
    private final StatisticsRepository statistics;
    private final EventSimilarity similarity = new EventSimilarity();
    private final FrequencyCache frequencies;
    private final FeatureCache featureCache;
    private final ArticleFeaturesRepository statisticsInProgress;
    private final GroupingMeter meter;
    /** N when an article was last assigned; a smaller N later means the corpus was emptied. */
    private volatile int corpusSize;
    private static final Object THRESHOLD_RESOURCE = new Object();
    private static final Object LOCK_RESOURCE = new Object();
    private static final Object JOINED_RESOURCE = new Object();
    /** The value of {@link #LOCK_RESOURCE} once the cached statistics were checked against the database in the transaction. */
    private static final Object VALIDATED = new Object();
    private final double defaultThreshold;

    GroupingService(GroupingRepository grouping, EventRepository events, CurrentUser user, TransactionTemplate transactions,
                    StatisticsRepository statistics, ArticleFeaturesRepository statisticsInProgress, GroupingMeter meter,
                    @Value("${parallax.grouping.threshold:#{null}}") @Nullable Double configuredThreshold) {
        this.grouping = grouping;
        this.events = events;
        this.user = user;
        this.transactions = transactions;
        this.statistics = statistics;
        this.statisticsInProgress = statisticsInProgress;
        this.meter = meter;
        this.frequencies = new FrequencyCache(grouping::documentFrequencies);
        this.featureCache = new FeatureCache(grouping::featureArrays);
        this.defaultThreshold = configuredThreshold != null ? configuredThreshold : Granularity.DEFAULT.threshold();
    }

    /** The threshold in force: the last one a regroup used, else {@code parallax.grouping.threshold}, else the default. */
    double threshold() {
        return events.setting(THRESHOLD_SETTING).map(Double::parseDouble).orElse(defaultThreshold);
    }

    /**
     * Runs inside the transaction that announces the articles: the one that stored them, or for an
     * import the one right after it (see {@code DeferredGrouping}). The articles are placed in id
     * order by a {@link BatchPlacement}.
     */
    @EventListener
    void onArticlesStored(ArticlesStored stored) {
        List<FeatureArrays> known = new ArrayList<>();
        List<Long> unread = new ArrayList<>();
        for (ArticleStored a : stored.articles()) {
            if (a.terms() != null) {
                StoredTerms t = a.terms();
                known.add(new FeatureArrays(a.articleId(), t.bodyTerms(), t.bodyCounts(), t.titleTerms(), t.titleCounts(),
                        t.actorKeys(), a.publishedAt()));
            } else {
                unread.add(a.articleId());
            }
        }
        placeNew(known, unread);
    }

    /**
     * Places articles that are in no event and were never grouped (no stored signature), in id
     * order, with one {@link BatchPlacement}, in the current transaction.
     */
    void placeNew(List<Long> articleIds) {
        placeNew(List.of(), articleIds);
    }

    /** {@link #placeNew(List)} of articles whose features are given and of articles whose features are read. */
    private void placeNew(List<FeatureArrays> known, List<Long> unread) {
        long start = System.nanoTime();
        lockOncePerTransaction();
        checkCorpusSize();
        // read under the lock: articles another transaction placed since they were stored are left where they are
        Set<Long> placed = events.grouped(java.util.stream.Stream.concat(known.stream().map(FeatureArrays::articleId),
                unread.stream()).toList());
        List<FeatureArrays> batch = new ArrayList<>();
        known.stream().filter(f -> !placed.contains(f.articleId())).forEach(f -> batch.add(featureCache.put(f)));
        List<Long> toRead = unread.stream().filter(id -> !placed.contains(id)).toList();
        if (!toRead.isEmpty()) {
            Map<Long, FeatureArrays> read = featureCache.getAll(toRead);
            toRead.forEach(id -> batch.add(read.getOrDefault(id, FeatureArrays.empty(id))));
        }
        if (batch.isEmpty()) {
            return;
        }
        batch.sort(Comparator.comparingLong(FeatureArrays::articleId));
        new BatchPlacement(tools(), transactionThreshold()).run(batch);
        meter.record(batch.size(), System.nanoTime() - start);
    }

    /** What an {@link EventPlacement} works with. */
    private EventPlacement.Tools tools() {
        return new EventPlacement.Tools(grouping, events, featureCache, this::documentFrequencies, similarity, user.id());
    }

    /**
     * Forgets the cached features and statistics when the corpus shrank since the last placement
     * (emptied and refilled, article ids reused): what they hold may be of other articles.
     */
    private void checkCorpusSize() {
        int documents = documentFrequencies(List.of()).getOrDefault("", 0);
        if (documents < corpusSize) {
            featureCache.clear();
            frequencies.clear();
        }
        corpusSize = documents;
    }

    /**
     * Corpus document frequencies of the terms with N under "": as stored, plus what the current
     * transaction has counted but not yet written (an import stores many articles per transaction).
     */
    Map<String, Integer> documentFrequencies(java.util.Collection<String> terms) {
        // N is checked against the database once per transaction: while it holds the grouping lock, the
        // statistics change only through this application, which keeps the cache in step
        boolean validate = !TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.hasResource(LOCK_RESOURCE)
                || TransactionSynchronizationManager.getResource(LOCK_RESOURCE) != VALIDATED;
        Map<String, Integer> committed = frequencies.lookup(terms, validate);
        if (validate && TransactionSynchronizationManager.hasResource(LOCK_RESOURCE)) {
            TransactionSynchronizationManager.unbindResource(LOCK_RESOURCE);
            TransactionSynchronizationManager.bindResource(LOCK_RESOURCE, VALIDATED);
        }
        Map<String, Integer> uncommitted = statisticsInProgress.uncommittedCounts(terms);
        if (uncommitted.isEmpty()) {
            return committed;
        }
        uncommitted.forEach((t, c) -> committed.merge(t, c, Integer::sum));
        return committed;
    }

    /**
     * Groups what an import stored but could not group because the database went away, once it
     * answers again (see {@code UnsettledImports}).
     */
    @EventListener
    void onArticlesAwaitGrouping(ArticlesAwaitGrouping waiting) {
        int grouped = groupUngrouped();
        if (grouped > 0) {
            log.info("Grouped {} articles stored while the database was going away", grouped);
        }
    }

    /** Keeps the in-memory statistics exactly in step with what was just written. */
    @EventListener
    void onCorpusCounted(CorpusCounted counted) {
        frequencies.counted(counted.documents(), counted.documentFrequencies());
    }

    /**
     * Takes the grouping lock unless this transaction holds it already (it is held until the
     * transaction ends; grouping code rolls back whole transactions, never to a savepoint that could release it).
     */
    private void lockOncePerTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            grouping.lockGrouping();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(LOCK_RESOURCE)) {
            return;
        }
        grouping.lockGrouping();
        TransactionSynchronizationManager.bindResource(LOCK_RESOURCE, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(LOCK_RESOURCE);
            }
        });
    }

    /**
     * Recomputes the event's figures (count, span, generated title) once, just before the transaction
     * commits, however many articles joined it in the transaction; nothing in grouping reads them
     * before. Outside a transaction, at once.
     */
    private void refreshBeforeCommit(long eventId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.refreshNonEmpty(eventId);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> joined = (Set<Long>) TransactionSynchronizationManager.getResource(JOINED_RESOURCE);
        if (joined == null) {
            Set<Long> created = new java.util.LinkedHashSet<>();
            joined = created;
            TransactionSynchronizationManager.bindResource(JOINED_RESOURCE, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    events.refreshAll(created);
                    created.clear();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JOINED_RESOURCE);
                }
            });
        }
        joined.add(eventId);
    }

    /** {@link #threshold()}, read once per transaction (an import stores many articles in one). */
    private double transactionThreshold() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return threshold();
        }
        Object known = TransactionSynchronizationManager.getResource(THRESHOLD_RESOURCE);
        if (known instanceof Double d) {
            return d;
        }
        double threshold = threshold();
        TransactionSynchronizationManager.bindResource(THRESHOLD_RESOURCE, threshold);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(THRESHOLD_RESOURCE);
            }
        });
        return threshold;
    }

    /** What happened to one article. */
    record Assignment(long eventId, double score, boolean founded) {}

    /** Puts an article that has no event into the best-matching event, or a new one of its own. */
    Assignment assign(long articleId, double threshold) {
        return assign(articleId, threshold, false);
    }

    /**
     * {@link #assign(long, double)}; {@code regrouping} when the article was grouped before (so its
     * signature is stored already and need not be written).
     */
    Assignment assign(long articleId, double threshold, boolean regrouping) {
        lockOncePerTransaction();
        FeatureArrays own = featureCache.getAll(List.of(articleId)).get(articleId);
        if (own == null) {
            own = FeatureArrays.empty(articleId);
        }
        Map<String, Integer> df = documentFrequencies(Signatures.ownTerms(own));
        int documents = df.getOrDefault("", 0);
        if (documents < corpusSize) {
            // the corpus shrank (emptied and refilled, article ids reused): what the caches hold may be of other articles
            corpusSize = documents;
            featureCache.clear();
            frequencies.clear();
            return assign(articleId, threshold, regrouping);
        }
        corpusSize = documents;
        Set<String> signature = Signatures.signature(own, df);
        if (!regrouping) {
            grouping.storeSignatureIfAbsent(articleId, signature, own.publishedAt());
        }
        List<Long> candidates = grouping.candidateEvents(articleId, signature, own.publishedAt(), WINDOW,
                CANDIDATE_ARTICLES, CANDIDATE_EVENTS);
        EventPlacement.Scored best = best(own, candidates);
        if (best != null && best.score() >= (best.dated() ? threshold : threshold * Granularity.UNDATED_FACTOR)) {
            markIfNearDuplicate(articleId, best.eventId());
            events.addMember(articleId, best.eventId(), best.score(), false, user.id());
            refreshBeforeCommit(best.eventId());
            return new Assignment(best.eventId(), best.score(), false);
        }
        long eventId = events.createEventFor(articleId, user.id());
        events.addMember(articleId, eventId, 1.0, false, user.id());
        return new Assignment(eventId, best == null ? 0 : best.score(), true);
    }

    /**
     * Flags the article as a near-duplicate of the event member whose text it nearly repeats:
     * Jaccard similarity of their sets of word 5-gram shingles of at least {@value #NEAR_DUPLICATE_JACCARD}
     * (Broder 1997, "On the resemblance and containment of documents"). Exact duplicates never get here:
     * they are not stored at all. The article is compared with every member of an event of at most
     * {@value #NEAR_DUPLICATE_CANDIDATES} articles, else with its {@value #NEAR_DUPLICATE_CANDIDATES} most similar.
     */
    private void markIfNearDuplicate(long articleId, long eventId) {
        GroupingRepository.NearDuplicateCandidates candidates =
                grouping.nearDuplicateCandidates(articleId, eventId, NEAR_DUPLICATE_CANDIDATES);
        Set<Long> own = candidates.own();
        if (own.size() < 10) {
            return;
        }
        long bestId = -1;
        double bestJaccard = 0;
        for (Map.Entry<Long, Set<Long>> member : candidates.members().entrySet()) {
            Set<Long> other = member.getValue();
            if (other.isEmpty()) {
                continue;
            }
            long shared = own.stream().filter(other::contains).count();
            double jaccard = (double) shared / (own.size() + other.size() - shared);
            if (jaccard > bestJaccard) {
                bestJaccard = jaccard;
                bestId = member.getKey();
            }
        }
        if (bestJaccard >= NEAR_DUPLICATE_JACCARD) {
            grouping.markNearDuplicate(articleId, bestId, bestJaccard);
        }
    }

    private EventPlacement.@Nullable Scored best(FeatureArrays own, List<Long> candidateEvents) {
        if (candidateEvents.isEmpty()) {
            return null;
        }
        return best(own, candidateEvents, grouping.representativeMembers(candidateEvents, REPRESENTATIVES));
    }

    /** The best of the candidate events, each scored through its representatives (up to {@value #REPRESENTATIVES} members). */
    private EventPlacement.@Nullable Scored best(FeatureArrays own, List<Long> candidateEvents, Map<Long, List<Long>> reps) {
        if (candidateEvents.isEmpty()) {
            return null;
        }
        Set<Long> all = new HashSet<>();
        reps.values().forEach(all::addAll);
        Map<Long, FeatureArrays> features = featureCache.getAll(all);
        Set<String> terms = new HashSet<>();
        Signatures.addTerms(own, terms);
        features.values().forEach(f -> Signatures.addTerms(f, terms));
        TfIdfVectorizer vectorizer = Signatures.vectorizer(documentFrequencies(terms));
        ArticleFeatures self = Signatures.toFeatures(own, vectorizer);
        Map<Long, ArticleFeatures> vectors = new HashMap<>();
        features.forEach((id, f) -> vectors.put(id, Signatures.toFeatures(f, vectorizer)));
        return best(self, candidateEvents, reps, vectors::get);
    }

    /** The best of the candidate events for the article's vectors {@code self}, each scored through its representatives' vectors. */
    private EventPlacement.@Nullable Scored best(ArticleFeatures self, List<Long> candidateEvents, Map<Long, List<Long>> reps,
                                  java.util.function.Function<Long, @Nullable ArticleFeatures> vectors) {
        return EventPlacement.best(similarity, self, candidateEvents, e -> EventPlacement.centroid(reps.get(e), vectors));
    }

    TfIdfVectorizer vectorizer(Set<String> terms) {
        return Signatures.vectorizer(frequencies.lookup(terms));
    }

    /**
     * Regroups the movable articles (not pinned, not placed by hand) published in [from, to] (all
     * when open) with the threshold: the same single pass in chronological order as
     * {@link #regroupArticleByArticle} (each article joins the best candidate event reaching the
     * threshold, else founds one), with the same candidate search, limits and scores, done in bulk in
     * one transaction. The inverted index of stored signature terms, every article's publication time and
     * the memberships that stay are read once into memory; candidates, representatives and
     * near-duplicate checks are answered from there as events grow; features and shingles are read a
     * chunk of {@value #REGROUP_CHUNK} articles at a time; then the new events and memberships are
     * written with a few set-based statements and every touched event is refreshed once.
     */
    RegroupResult regroup(double threshold, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        long start = System.nanoTime();
        int moved = transactions.execute(tx -> {
            lockOncePerTransaction();
            // events a crash or an older version left with a wrong count, or empty, are put right first
            events.repairCounts();
            events.saveSetting(THRESHOLD_SETTING, Double.toString(threshold), user.id());
            List<Long> ids = events.movableArticles(from, to);
            events.refreshAll(events.unassign(ids));
            new BulkRegroup(tools(), threshold).run(ids);
            return ids.size();
        });
        statistics.analyzeGrowingTables();
        groupUngrouped();
        long millis = (System.nanoTime() - start) / 1_000_000;
        int pinned = transactions.execute(tx -> events.countPinnedOrManual());
        int eventCount = transactions.execute(tx -> events.countEvents());
        log.info("Regrouped {} articles into {} events with threshold {} in {} ms", moved, eventCount, threshold, millis);
        return new RegroupResult(moved, eventCount, pinned, millis);
    }

    static long micros(OffsetDateTime t) {
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    /** An undated article's time in {@link #micros} form. */
    static final long UNDATED = Long.MIN_VALUE;
    private static final long WINDOW_MICROS = WINDOW.toNanos() / 1000;

    /** {@link #micros}, or {@link #UNDATED} for no time. */
    static long microsOrUndated(@Nullable OffsetDateTime t) {
        return t == null ? UNDATED : micros(t);
    }

    /**
     * Whether two articles' times ({@link #microsOrUndated}) are within {@link #WINDOW} of each other,
     * bounds included: the rule every candidate search applies (an undated article is within every window).
     */
    static boolean withinWindow(long one, long other) {
        return one == UNDATED || other == UNDATED || (other >= one - WINDOW_MICROS && other <= one + WINDOW_MICROS);
    }

    /**
     * Regroups the movable articles (not pinned, not placed by hand) published in [from, to] (all
     * when open) with the threshold, in chronological order, in transactions of {@value #REGROUP_CHUNK},
     * each article through {@link #assign}: the reference that {@link #regroup} must agree with.
     */
    RegroupResult regroupArticleByArticle(double threshold, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        long start = System.nanoTime();
        List<Long> movable = transactions.execute(tx -> {
            lockOncePerTransaction();
            events.saveSetting(THRESHOLD_SETTING, Double.toString(threshold), user.id());
            List<Long> ids = events.movableArticles(from, to);
            events.refreshAll(events.unassign(ids));
            return ids;
        });
        for (int i = 0; i < movable.size(); i += REGROUP_CHUNK) {
            List<Long> chunk = movable.subList(i, Math.min(movable.size(), i + REGROUP_CHUNK));
            transactions.executeWithoutResult(tx -> chunk.forEach(id -> assign(id, threshold, true)));
            if (StatisticsRepository.worthAnalyzing(i + chunk.size()) || i == 0) {
                statistics.analyzeGrowingTables();
            }
        }
        groupUngrouped();
        long millis = (System.nanoTime() - start) / 1_000_000;
        int pinned = transactions.execute(tx -> events.countPinnedOrManual());
        int eventCount = transactions.execute(tx -> events.countEvents());
        log.info("Regrouped {} articles into {} events with threshold {} in {} ms", movable.size(), eventCount, threshold, millis);
        return new RegroupResult(movable.size(), eventCount, pinned, millis);
    }

    /**
     * Deletes empty events and recomputes those whose stored count is not their number of members
     * (left by versions that placed an article twice when an import and a regroup raced), under the
     * grouping lock; answers how many were put right.
     */
    int repairEventCounts() {
        int repaired = transactions.execute(tx -> {
            lockOncePerTransaction();
            return events.repairCounts();
        });
        if (repaired > 0) {
            log.info("Put right {} events that were empty or counted articles they no longer had", repaired);
        }
        return repaired;
    }

    /**
     * Groups every article that has no event yet (articles stored before grouping existed, an
     * interrupted regroup, or an import's transaction the application stopped before grouping). Each
     * chunk is read under the grouping lock, in the transaction that places it: an import's grouping
     * thread may place the same articles meanwhile, and an article read as ungrouped before the lock
     * would be placed twice, leaving the event it first joined counting an article it no longer has.
     */
    int groupUngrouped() {
        double threshold = transactions.execute(tx -> threshold());
        int total = 0;
        while (true) {
            int placed = transactions.execute(tx -> {
                lockOncePerTransaction();
                List<Long> batch = events.ungroupedArticles(REGROUP_CHUNK);
                batch.forEach(id -> assign(id, threshold));
                return batch.size();
            });
            if (placed == 0) {
                return total;
            }
            total += placed;
        }
    }
}
