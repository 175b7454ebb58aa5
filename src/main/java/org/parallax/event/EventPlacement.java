package org.parallax.event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parallax.text.ArticleFeatures;
import org.parallax.text.EventFeatures;
import org.parallax.text.EventSimilarity;
import org.parallax.text.TfIdfVectorizer;

/**
 * The single-pass clustering of {@link GroupingService}, run over many articles at once in memory:
 * each article, in turn, joins the best-scoring candidate event reaching the threshold, else founds
 * a new event; later articles see the events as the earlier ones left them. Where the candidates
 * come from is the subclass's business ({@link BulkRegroup}: an inverted index read whole into
 * memory; {@link BatchPlacement}: one SQL query for a batch of new articles). Nothing is written
 * until {@link #write}: then the new events and memberships go in with a few set-based statements.
 *
 * <p>An event is scored through its representatives, its {@value GroupingService#REPRESENTATIVES}
 * most similar members ({@link EventSimilarity} against their centroid); a joining article is checked
 * for near-duplication against the members the event had when it joined ({@link #checkNearDuplicates}).
 * New events get temporary negative ids ({@code -1}, {@code -2}, … in founding order) until written.
 */
abstract class EventPlacement {

    /** A member of an event and its similarity to the event when it joined. */
    record Member(long articleId, double similarity) {}

    /** The order representatives are taken in: most similar first, ties by article id. */
    static final Comparator<Member> ORDER =
            Comparator.comparingDouble(Member::similarity).reversed().thenComparingLong(Member::articleId);

    /** What placement needs from the grouping feature. */
    record Tools(GroupingRepository grouping, EventRepository events, FeatureCache features,
                 Function<Collection<String>, Map<String, Integer>> frequencies, EventSimilarity similarity, long userId) {}

    /** An event's score for an article; dated when both the article and some representative have a time. */
    record Scored(long eventId, double score, boolean dated) {}

    /** An event as scoring sees it: the centroid of its representatives, and whether any of them is dated. */
    record Centroid(EventFeatures features, boolean anyDated) {}

    private record CachedCentroid(List<Long> reps, @Nullable Centroid centroid) {}

    /** A joining article and the members it is compared with for near-duplication. */
    private record NearDuplicateCheck(long articleId, List<Long> compared) {}

    private static final int SHINGLE_CACHE = 4000;
    private static final int VECTOR_CACHE = 8000;
    private static final int CENTROID_CACHE = 1500;

    protected final Tools tools;
    protected final double threshold;
    /** The event of every article placed here or known to the subclass. */
    protected final Map<Long, Long> eventOf = new HashMap<>();
    /** Each known event's members, most similar first (at least its first {@value GroupingService#NEAR_DUPLICATE_CANDIDATES} + 1). */
    protected final Map<Long, List<Member>> members = new HashMap<>();
    private final List<Long> founders = new ArrayList<>();
    private final List<Long> joined = new ArrayList<>();
    private final Map<Long, Double> joinedSimilarity = new HashMap<>();
    private final List<NearDuplicateCheck> checks = new ArrayList<>();
    private final List<Object[]> nearDuplicates = new ArrayList<>();
    private final Map<Long, long[]> shingles = lru(SHINGLE_CACHE);
    private final Map<Long, CachedCentroid> centroids = lru(CENTROID_CACHE);
    /**
     * TF-IDF vectors of placed and scored articles. The corpus statistics do not change while a
     * placement runs (it holds the grouping lock and writes nothing to them), so an article's vectors are
     * computed once, not each time it represents an event.
     */
    private final Map<Long, ArticleFeatures> vectors = lru(VECTOR_CACHE);
    /** Corpus statistics of every term looked at so far, N under "". */
    private final Map<String, Integer> known = new HashMap<>();

    EventPlacement(Tools tools, double threshold) {
        this.tools = tools;
        this.threshold = threshold;
    }

    /** The candidate events for the article, best first, at most {@value GroupingService#CANDIDATE_EVENTS}. */
    protected abstract List<Long> candidateEvents(long articleId, Set<String> signature, @Nullable OffsetDateTime publishedAt);

    /**
     * Places the article given its vectors under the placement's statistics and its signature
     * ({@code stored}: it has stored features, so it can represent an event); answers its event.
     */
    protected long place(FeatureArrays own, ArticleFeatures self, Set<String> signature, boolean stored) {
        long articleId = own.articleId();
        List<Long> candidates = candidateEvents(articleId, signature, own.publishedAt());
        Map<Long, List<Long>> reps = new HashMap<>();
        for (long e : candidates) {
            List<Member> ms = members.get(e);
            reps.put(e, ms.subList(0, Math.min(GroupingService.REPRESENTATIVES, ms.size())).stream().map(Member::articleId).toList());
        }
        Scored best = null;
        if (!candidates.isEmpty()) {
            Function<Long, @Nullable ArticleFeatures> repVectors = vectors(reps);
            best = best(tools.similarity(), self, candidates, e -> {
                // an event's centroid is computed again only when its representatives changed
                CachedCentroid cached = centroids.get(e);
                if (cached != null && cached.reps().equals(reps.get(e))) {
                    return cached.centroid();
                }
                Centroid c = centroid(reps.get(e), repVectors);
                centroids.put(e, new CachedCentroid(reps.get(e), c));
                return c;
            });
        }
        if (stored) {
            vectors.put(articleId, self);
        }
        if (best != null && best.score() >= (best.dated() ? threshold : threshold * Granularity.UNDATED_FACTOR)) {
            checks.add(new NearDuplicateCheck(articleId, nearDuplicateCandidates(best.eventId())));
            join(articleId, best.eventId(), best.score());
            return best.eventId();
        }
        founders.add(articleId);
        long eventId = -founders.size();
        join(articleId, eventId, 1.0);
        return eventId;
    }

    /**
     * Sorting key of an event id for "newest event first" ties: an existing event's id, and above all
     * of them the events founded here, in founding order (as the ids they will get from the sequence).
     */
    protected static long recency(long eventId) {
        return eventId < 0 ? Long.MAX_VALUE / 2 - eventId : eventId;
    }

    /** Candidate events ranked by terms shared, most first, ties newest event first; the first {@value GroupingService#CANDIDATE_EVENTS}. */
    protected static List<Long> topEvents(Map<Long, Integer> bestShared) {
        return bestShared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(e -> recency(e.getKey()), Comparator.reverseOrder()))
                .limit(GroupingService.CANDIDATE_EVENTS).map(Map.Entry::getKey).toList();
    }

    /**
     * Corpus document frequencies of (at least) the terms, with N under "": every term looked at
     * so far, looking up only those not seen yet (the statistics do not change while a placement runs).
     */
    protected Map<String, Integer> frequencies(Set<String> terms) {
        List<String> missing = new ArrayList<>();
        for (String t : terms) {
            if (!known.containsKey(t)) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty() || !known.containsKey("")) {
            known.putAll(tools.frequencies().apply(missing));
        }
        return known;
    }

    /**
     * {@link #frequencies} of every body and title term of the articles: looks up, in one go, only
     * those not seen yet (without first gathering all their terms in a set); answers all known ones.
     */
    protected Map<String, Integer> frequenciesOf(Collection<FeatureArrays> articles) {
        Set<String> unseen = new HashSet<>();
        for (FeatureArrays f : articles) {
            addUnseen(f.bodyTerms(), unseen);
            addUnseen(f.titleTerms(), unseen);
        }
        return unseen.isEmpty() && known.containsKey("") ? known : frequencies(unseen);
    }

    private void addUnseen(String[] terms, Set<String> unseen) {
        for (String t : terms) {
            if (!known.containsKey(t)) {
                unseen.add(t);
            }
        }
    }

    /** The representatives' vectors, computing those not cached (with one statistics lookup); null for an article without features. */
    private Function<Long, @Nullable ArticleFeatures> vectors(Map<Long, List<Long>> reps) {
        Map<Long, ArticleFeatures> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        reps.values().forEach(ids -> ids.forEach(id -> {
            ArticleFeatures v = vectors.get(id);
            if (v != null) {
                found.put(id, v);
            } else {
                missing.add(id);
            }
        }));
        if (!missing.isEmpty()) {
            Map<Long, FeatureArrays> features = tools.features().getAll(missing);
            TfIdfVectorizer vectorizer = Signatures.vectorizer(frequenciesOf(features.values()));
            features.forEach((id, f) -> {
                ArticleFeatures v = Signatures.toFeatures(f, vectorizer);
                vectors.put(id, v);
                found.put(id, v);
            });
        }
        return found::get;
    }

    private void join(long articleId, long eventId, double similarity) {
        eventOf.put(articleId, eventId);
        List<Member> ms = members.computeIfAbsent(eventId, e -> new ArrayList<>());
        Member m = new Member(articleId, similarity);
        int at = java.util.Collections.binarySearch(ms, m, ORDER);
        ms.add(at < 0 ? -at - 1 : at, m);
        joined.add(articleId);
        joinedSimilarity.put(articleId, similarity);
    }

    /**
     * The members a joining article is compared with: every member of an event of at most
     * {@value GroupingService#NEAR_DUPLICATE_CANDIDATES}, by article id, else the
     * {@value GroupingService#NEAR_DUPLICATE_CANDIDATES} most similar.
     */
    private List<Long> nearDuplicateCandidates(long eventId) {
        List<Member> ms = members.get(eventId);
        return ms.size() > GroupingService.NEAR_DUPLICATE_CANDIDATES
                ? ms.subList(0, GroupingService.NEAR_DUPLICATE_CANDIDATES).stream().map(Member::articleId).toList()
                : ms.stream().map(Member::articleId).sorted().toList();
    }

    /**
     * Runs the near-duplicate checks of the articles that joined events since the last call: an
     * article nearly duplicates the compared member with the highest Jaccard similarity of their sets of
     * word 5-gram shingles when it reaches {@value GroupingService#NEAR_DUPLICATE_JACCARD} (Broder 1997),
     * and needs at least 10 shingles of its own. The shingles not cached are read in one query.
     */
    protected void checkNearDuplicates() {
        if (checks.isEmpty()) {
            return;
        }
        Set<Long> missing = new LinkedHashSet<>();
        for (NearDuplicateCheck c : checks) {
            if (!shingles.containsKey(c.articleId())) {
                missing.add(c.articleId());
            }
            c.compared().stream().filter(id -> !shingles.containsKey(id)).forEach(missing::add);
        }
        Map<Long, long[]> fetched = missing.isEmpty() ? Map.of() : tools.grouping().sortedShingles(missing);
        for (NearDuplicateCheck c : checks) {
            checkNearDuplicate(c, fetched);
        }
        shingles.putAll(fetched);
        checks.clear();
    }

    private void checkNearDuplicate(NearDuplicateCheck check, Map<Long, long[]> fetched) {
        long[] own = shinglesOf(check.articleId(), fetched);
        if (own.length < 10) {
            return;
        }
        long bestId = -1;
        double bestJaccard = 0;
        for (long member : check.compared()) {
            long[] other = shinglesOf(member, fetched);
            if (other.length == 0) {
                continue;
            }
            long shared = intersection(own, other);
            double jaccard = (double) shared / (own.length + other.length - shared);
            if (jaccard > bestJaccard) {
                bestJaccard = jaccard;
                bestId = member;
            }
        }
        if (bestJaccard >= GroupingService.NEAR_DUPLICATE_JACCARD) {
            nearDuplicates.add(new Object[] {check.articleId(), bestId, bestJaccard});
        }
    }

    private long[] shinglesOf(long articleId, Map<Long, long[]> fetched) {
        long[] cached = shingles.get(articleId);
        return cached != null ? cached : fetched.getOrDefault(articleId, new long[0]);
    }

    /**
     * Writes what was placed: the new events (titled and dated after their founders), the
     * memberships, the near-duplicate marks; then refreshes every touched event once. Answers the
     * real id of each temporary one.
     */
    protected long[] write() {
        checkNearDuplicates();
        long[] ids = tools.grouping().nextEventIds(founders.size());
        long[] founderIds = founders.stream().mapToLong(Long::longValue).toArray();
        long[] articles = new long[joined.size()];
        long[] eventIds = new long[joined.size()];
        double[] similarities = new double[joined.size()];
        Set<Long> touched = new LinkedHashSet<>();
        for (int i = 0; i < articles.length; i++) {
            long a = joined.get(i);
            long e = eventOf.get(a);
            long real = e < 0 ? ids[(int) (-e - 1)] : e;
            articles[i] = a;
            eventIds[i] = real;
            similarities[i] = joinedSimilarity.get(a);
            touched.add(real);
        }
        tools.grouping().insertEventsAndMembers(ids, founderIds, articles, eventIds, similarities, tools.userId());
        for (Object[] d : nearDuplicates) {
            tools.grouping().markNearDuplicate((Long) d[0], (Long) d[1], (Double) d[2]);
        }
        tools.events().refreshAll(touched);
        return ids;
    }

    /** The centroid of the representatives that have features; null when none has. */
    static @Nullable Centroid centroid(List<Long> reps, Function<Long, @Nullable ArticleFeatures> vectors) {
        List<ArticleFeatures> ms = reps.stream().map(vectors).filter(java.util.Objects::nonNull).toList();
        if (ms.isEmpty()) {
            return null;
        }
        return new Centroid(EventFeatures.of(ms), ms.stream().anyMatch(m -> m.time() != null));
    }

    /** The best of the candidate events, each scored against its centroid (the first of equal scores wins). */
    static @Nullable Scored best(EventSimilarity similarity, ArticleFeatures self, List<Long> candidateEvents,
                                 Function<Long, @Nullable Centroid> centroids) {
        Scored best = null;
        for (long e : candidateEvents) {
            Centroid c = centroids.apply(e);
            if (c == null) {
                continue;
            }
            double score = similarity.score(self, c.features()).value();
            boolean dated = self.time() != null && c.anyDated();
            if (best == null || score > best.score()) {
                best = new Scored(e, score, dated);
            }
        }
        return best;
    }

    /** The number of values two ascending arrays of distinct values share. */
    static long intersection(long[] a, long[] b) {
        long shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    private static <V> Map<Long, V> lru(int capacity) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
