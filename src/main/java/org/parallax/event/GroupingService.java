package org.parallax.event;

import java.time.Duration;
import java.time.OffsetDateTime;
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
import org.parallax.article.ArticleStored;
import org.parallax.platform.StatisticsRepository;
import org.parallax.text.ArticleFeatures;
import org.parallax.text.EventFeatures;
import org.parallax.text.EventSimilarity;
import org.parallax.text.InMemoryDocumentFrequencies;
import org.parallax.text.SparseVector;
import org.parallax.text.TfIdfVectorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
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
 * SQL query over an inverted index of <em>signature terms</em> (the article's {@value #SIGNATURE_TERMS}
 * highest TF-IDF body terms, its title terms and its actors), limited to articles published within
 * {@link #WINDOW} of it when it is dated; at most {@value #CANDIDATE_EVENTS} events are scored, each
 * through at most {@value #REPRESENTATIVES} of its most central members.
 */
@Service
class GroupingService {

    static final int SIGNATURE_TERMS = 20;
    /**
     * Terms and actors in more than this many documents (or more than 1 in {@value #SIGNATURE_MAX_SHARE_INVERSE}
     * documents, whichever is smaller, but never below {@value #SIGNATURE_MIN_DF_CAP}) are left out of
     * signatures: they tell little, and leaving them out keeps every posting list the candidate search reads short.
     */
    static final int SIGNATURE_MAX_DF = 1000;
    static final int SIGNATURE_MAX_SHARE_INVERSE = 50;
    static final int SIGNATURE_MIN_DF_CAP = 20;
    static final int CANDIDATE_ARTICLES = 200;
    static final int CANDIDATE_EVENTS = 5;
    static final int REPRESENTATIVES = 6;
    static final Duration WINDOW = Duration.ofDays(7);
    static final String THRESHOLD_SETTING = "grouping.threshold";
    static final double NEAR_DUPLICATE_JACCARD = 0.8;
    static final int NEAR_DUPLICATE_CANDIDATES = 30;
    private static final int REGROUP_CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(GroupingService.class);

    private final GroupingRepository grouping;
    private final EventRepository events;
    private final CurrentUser user;
    private final TransactionTemplate transactions;
    private final StatisticsRepository statistics;
    private final EventSimilarity similarity = new EventSimilarity();
    private final FrequencyCache frequencies;
    private final double defaultThreshold;

    GroupingService(GroupingRepository grouping, EventRepository events, CurrentUser user, TransactionTemplate transactions,
                    StatisticsRepository statistics,
                    @Value("${parallax.grouping.threshold:#{null}}") @Nullable Double configuredThreshold) {
        this.grouping = grouping;
        this.events = events;
        this.user = user;
        this.transactions = transactions;
        this.statistics = statistics;
        this.frequencies = new FrequencyCache(grouping::documentFrequencies);
        this.defaultThreshold = configuredThreshold != null ? configuredThreshold : Granularity.DEFAULT.threshold();
    }

    /** The threshold in force: the last one a regroup used, else {@code parallax.grouping.threshold}, else the default. */
    double threshold() {
        return events.setting(THRESHOLD_SETTING).map(Double::parseDouble).orElse(defaultThreshold);
    }

    /** Runs inside the transaction that stored the article: article, features and membership land together. */
    @EventListener
    void onArticleStored(ArticleStored stored) {
        assign(stored.articleId(), threshold());
    }

    /** What happened to one article. */
    record Assignment(long eventId, double score, boolean founded) {}

    /** Puts an article that has no event into the best-matching event, or a new one of its own. */
    Assignment assign(long articleId, double threshold) {
        grouping.lockGrouping();
        GroupingFeatures own = grouping.features(List.of(articleId)).get(articleId);
        if (own == null) {
            own = new GroupingFeatures(articleId, org.parallax.text.TermCounts.EMPTY, org.parallax.text.TermCounts.EMPTY, Set.of(), null);
        }
        Set<String> ownTerms = terms(List.of(own));
        own.actorKeys().forEach(k -> ownTerms.add(GroupingRepository.ACTOR_PREFIX + k));
        Map<String, Integer> df = grouping.documentFrequencies(ownTerms);
        frequencies.remember(df);
        TfIdfVectorizer vectorizer = vectorizer(df);
        ArticleFeatures article = toFeatures(own, vectorizer);
        Set<String> signature = signature(own, article.body());
        int n = df.getOrDefault("", 0);
        int cap = Math.max(SIGNATURE_MIN_DF_CAP, Math.min(SIGNATURE_MAX_DF, n / SIGNATURE_MAX_SHARE_INVERSE));
        signature.removeIf(t -> df.getOrDefault(t, 0) > cap);
        if (!grouping.hasSignature(articleId)) {
            grouping.storeSignature(articleId, signature);
        }
        List<Long> candidates = grouping.candidateEvents(articleId, signature, own.publishedAt(), WINDOW,
                CANDIDATE_ARTICLES, CANDIDATE_EVENTS);
        Scored best = best(article, own, candidates);
        if (best != null && best.score() >= (best.dated() ? threshold : threshold * Granularity.UNDATED_FACTOR)) {
            markIfNearDuplicate(articleId, best.eventId());
            events.addMember(articleId, best.eventId(), best.score(), false, user.id());
            events.refresh(best.eventId());
            return new Assignment(best.eventId(), best.score(), false);
        }
        long eventId = events.createEvent(titleOf(articleId), user.id());
        events.addMember(articleId, eventId, 1.0, false, user.id());
        events.refresh(eventId);
        return new Assignment(eventId, best == null ? 0 : best.score(), true);
    }

    /**
     * Flags the article as a near-duplicate of the event member whose text it nearly repeats:
     * Jaccard similarity of their sets of word 5-gram shingles of at least {@value #NEAR_DUPLICATE_JACCARD}
     * (Broder 1997, "On the resemblance and containment of documents"). Exact duplicates never get here:
     * they are not stored at all.
     */
    private void markIfNearDuplicate(long articleId, long eventId) {
        List<Long> members = events.memberIds(eventId);
        if (members.size() > NEAR_DUPLICATE_CANDIDATES) {
            members = grouping.representativeMembers(eventId, NEAR_DUPLICATE_CANDIDATES);
        }
        List<Long> ids = new ArrayList<>(members);
        ids.add(articleId);
        Map<Long, Set<Long>> shingles = grouping.shingles(ids);
        Set<Long> own = shingles.getOrDefault(articleId, Set.of());
        if (own.size() < 10) {
            return;
        }
        long bestId = -1;
        double bestJaccard = 0;
        for (long m : members) {
            Set<Long> other = shingles.getOrDefault(m, Set.of());
            if (other.isEmpty()) {
                continue;
            }
            long shared = own.stream().filter(other::contains).count();
            double jaccard = (double) shared / (own.size() + other.size() - shared);
            if (jaccard > bestJaccard) {
                bestJaccard = jaccard;
                bestId = m;
            }
        }
        if (bestJaccard >= NEAR_DUPLICATE_JACCARD) {
            grouping.markNearDuplicate(articleId, bestId, bestJaccard);
        }
    }

    private String titleOf(long articleId) {
        return "Event of article #" + articleId; // replaced by the member's headline in refresh()
    }

    /** An event's score for the article; dated when both the article and some representative have a time. */
    private record Scored(long eventId, double score, boolean dated) {}

    private @Nullable Scored best(ArticleFeatures article, GroupingFeatures own, List<Long> candidateEvents) {
        if (candidateEvents.isEmpty()) {
            return null;
        }
        Map<Long, List<Long>> reps = new HashMap<>();
        Set<Long> all = new HashSet<>();
        for (long e : candidateEvents) {
            List<Long> r = grouping.representativeMembers(e, REPRESENTATIVES);
            reps.put(e, r);
            all.addAll(r);
        }
        Map<Long, GroupingFeatures> features = grouping.features(all);
        List<GroupingFeatures> everything = new ArrayList<>(features.values());
        everything.add(own);
        TfIdfVectorizer vectorizer = vectorizer(terms(everything));
        ArticleFeatures self = toFeatures(own, vectorizer);
        Scored best = null;
        for (long e : candidateEvents) {
            List<ArticleFeatures> members = reps.get(e).stream().map(features::get).filter(java.util.Objects::nonNull)
                    .map(f -> toFeatures(f, vectorizer)).toList();
            if (members.isEmpty()) {
                continue;
            }
            double score = similarity.score(self, EventFeatures.of(members)).value();
            boolean dated = self.time() != null && members.stream().anyMatch(m -> m.time() != null);
            if (best == null || score > best.score()) {
                best = new Scored(e, score, dated);
            }
        }
        return best;
    }

    /** The article's signature: its highest TF-IDF body terms, its title terms, and its actors. */
    static Set<String> signature(GroupingFeatures f, SparseVector body) {
        Set<String> signature = new LinkedHashSet<>();
        body.weights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry::getKey))
                .limit(SIGNATURE_TERMS).forEach(e -> signature.add(e.getKey()));
        signature.addAll(f.title().counts().keySet());
        f.actorKeys().forEach(k -> signature.add(GroupingRepository.ACTOR_PREFIX + k));
        signature.removeIf(t -> t.isEmpty() || t.length() > 300);
        return signature;
    }

    static Set<String> terms(List<GroupingFeatures> features) {
        Set<String> terms = new HashSet<>();
        for (GroupingFeatures f : features) {
            terms.addAll(f.body().counts().keySet());
            terms.addAll(f.title().counts().keySet());
        }
        return terms;
    }

    TfIdfVectorizer vectorizer(Set<String> terms) {
        return vectorizer(frequencies.lookup(terms));
    }

    /** A vectorizer over corpus statistics: document frequencies with N under the key "". */
    static TfIdfVectorizer vectorizer(Map<String, Integer> frequencies) {
        Map<String, Integer> df = new HashMap<>(frequencies);
        int n = df.getOrDefault("", 0);
        df.remove("");
        return new TfIdfVectorizer(InMemoryDocumentFrequencies.of(n, df));
    }

    static ArticleFeatures toFeatures(GroupingFeatures f, TfIdfVectorizer v) {
        return new ArticleFeatures(v.vectorize(f.body()), v.vectorize(f.title()), f.actorKeys(),
                f.publishedAt() == null ? null : f.publishedAt().toInstant());
    }

    /**
     * Regroups the movable articles (not pinned, not placed by hand) published in [from, to] (all
     * when open) with the threshold, in chronological order, in transactions of {@value #REGROUP_CHUNK}.
     */
    RegroupResult regroup(double threshold, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        long start = System.nanoTime();
        List<Long> movable = transactions.execute(tx -> {
            events.saveSetting(THRESHOLD_SETTING, Double.toString(threshold), user.id());
            List<Long> ids = events.movableArticles(from, to);
            for (long e : events.unassign(ids)) {
                events.refresh(e);
            }
            return ids;
        });
        for (int i = 0; i < movable.size(); i += REGROUP_CHUNK) {
            List<Long> chunk = movable.subList(i, Math.min(movable.size(), i + REGROUP_CHUNK));
            transactions.executeWithoutResult(tx -> chunk.forEach(id -> assign(id, threshold)));
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

    /** Groups every article that has no event yet (articles stored before grouping existed, or an interrupted regroup). */
    int groupUngrouped() {
        double threshold = transactions.execute(tx -> threshold());
        int total = 0;
        while (true) {
            List<Long> batch = transactions.execute(tx -> events.ungroupedArticles(REGROUP_CHUNK));
            if (batch.isEmpty()) {
                return total;
            }
            transactions.executeWithoutResult(tx -> batch.forEach(id -> assign(id, threshold)));
            total += batch.size();
        }
    }
}
