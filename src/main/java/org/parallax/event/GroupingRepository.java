package org.parallax.event;

import static org.parallax.db.Tables.ARTICLE;
import static org.parallax.db.Tables.ARTICLE_ACTOR;
import static org.parallax.db.Tables.ARTICLE_SIGNATURE;
import static org.parallax.db.Tables.ARTICLE_TERMS;
import static org.parallax.db.Tables.EVENT_MEMBER;
import static org.parallax.db.Tables.TERM_STAT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.parallax.text.TermCounts;
import org.springframework.stereotype.Repository;

/**
 * The SQL of automatic grouping: the inverted index of signature terms, the bounded candidate
 * search over it, and loading stored features and corpus statistics.
 */
@Repository
class GroupingRepository {

    static final String ACTOR_PREFIX = "actor:";

    private final DSLContext db;

    GroupingRepository(DSLContext db) {
        this.db = db;
    }

    /** Serialises grouping decisions (imports may run in parallel) until the transaction ends. */
    void lockGrouping() {
        db.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.inline(7_310_001L))).fetch();
    }

    Map<Long, GroupingFeatures> features(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<String>> actors = db.select(ARTICLE_ACTOR.ARTICLE_ID, ARTICLE_ACTOR.ACTOR_KEY).from(ARTICLE_ACTOR)
                .where(ARTICLE_ACTOR.ARTICLE_ID.in(articleIds))
                .fetchGroups(ARTICLE_ACTOR.ARTICLE_ID, ARTICLE_ACTOR.ACTOR_KEY)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        Map<Long, GroupingFeatures> result = new LinkedHashMap<>();
        db.select(ARTICLE.ID, ARTICLE.PUBLISHED_AT, ARTICLE_TERMS.BODY_TERMS, ARTICLE_TERMS.BODY_COUNTS,
                        ARTICLE_TERMS.TITLE_TERMS, ARTICLE_TERMS.TITLE_COUNTS)
                .from(ARTICLE).join(ARTICLE_TERMS).on(ARTICLE_TERMS.ARTICLE_ID.eq(ARTICLE.ID))
                .where(ARTICLE.ID.in(articleIds))
                .forEach(r -> result.put(r.value1(), new GroupingFeatures(r.value1(), counts(r.value3(), r.value4()),
                        counts(r.value5(), r.value6()), actors.getOrDefault(r.value1(), Set.of()), r.value2())));
        return result;
    }

    /** The stored grouping features of the articles that have them, as compact arrays (one query). */
    Map<Long, FeatureArrays> featureArrays(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Long[] ids = articleIds.toArray(Long[]::new);
        var actors = DSL.field(DSL.select(DSL.arrayAgg(ARTICLE_ACTOR.ACTOR_KEY)).from(ARTICLE_ACTOR)
                .where(ARTICLE_ACTOR.ARTICLE_ID.eq(ARTICLE.ID)));
        Map<Long, FeatureArrays> result = new HashMap<>();
        db.select(ARTICLE.ID, ARTICLE.PUBLISHED_AT, ARTICLE_TERMS.BODY_TERMS, ARTICLE_TERMS.BODY_COUNTS,
                        ARTICLE_TERMS.TITLE_TERMS, ARTICLE_TERMS.TITLE_COUNTS, actors)
                .from(ARTICLE).join(ARTICLE_TERMS).on(ARTICLE_TERMS.ARTICLE_ID.eq(ARTICLE.ID))
                .where(ARTICLE.ID.eq(DSL.any(DSL.val(ids))))
                .forEach(r -> {
                    Bag body = bag(r.value3(), r.value4());
                    Bag title = bag(r.value5(), r.value6());
                    result.put(r.value1(), new FeatureArrays(r.value1(), body.terms(), body.counts(), title.terms(), title.counts(),
                            r.value7() == null ? Set.of() : Set.of(java.util.Arrays.stream(r.value7()).distinct().toArray(String[]::new)),
                            r.value2()));
                });
        return result;
    }

    private record Bag(String[] terms, int[] counts) {}

    /** The stored parallel arrays as a bag with its terms in ascending order (stored arrays already are). */
    private static Bag bag(String @Nullable [] terms, Integer @Nullable [] counts) {
        if (terms == null || counts == null || terms.length == 0) {
            return new Bag(new String[0], new int[0]);
        }
        boolean ordered = true;
        for (int i = 1; i < terms.length && ordered; i++) {
            ordered = terms[i - 1].compareTo(terms[i]) < 0;
        }
        if (!ordered) {
            Map<String, Integer> merged = new java.util.TreeMap<>();
            for (int i = 0; i < terms.length; i++) {
                merged.merge(terms[i], counts[i], Integer::sum);
            }
            return new Bag(merged.keySet().toArray(String[]::new), merged.values().stream().mapToInt(Integer::intValue).toArray());
        }
        int[] c = new int[counts.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts[i];
        }
        return new Bag(terms, c);
    }

    /** Corpus document frequencies of the given terms, plus N under the key "". */
    Map<String, Integer> documentFrequencies(Collection<String> terms) {
        // joined with unnest(...) so PostgreSQL looks each term up once (a "term = any(array parameter)"
        // filter compares every row with every element); "" is the row holding N
        String[] keys = java.util.stream.Stream.concat(java.util.stream.Stream.of(""), terms.stream()).distinct().toArray(String[]::new);
        var wanted = DSL.unnest(DSL.val(keys)).as("wanted", "term");
        return db.select(TERM_STAT.TERM, TERM_STAT.DOCUMENT_COUNT).from(TERM_STAT)
                .join(wanted).on(TERM_STAT.TERM.eq(wanted.field("term", String.class)))
                .fetchMap(TERM_STAT.TERM, TERM_STAT.DOCUMENT_COUNT);
    }

    /**
     * Stores the article's signature terms in the inverted index unless it already has a signature
     * (a signature is written once, when the article is first grouped).
     */
    void storeSignatureIfAbsent(long articleId, Collection<String> terms, @Nullable OffsetDateTime publishedAt) {
        if (terms.isEmpty()) {
            return;
        }
        var term = DSL.field(DSL.name("u", "term"), String.class);
        db.insertInto(ARTICLE_SIGNATURE, ARTICLE_SIGNATURE.TERM, ARTICLE_SIGNATURE.ARTICLE_ID, ARTICLE_SIGNATURE.PUBLISHED_AT)
                .select(DSL.select(term, DSL.val(articleId), DSL.val(publishedAt))
                        .from(DSL.unnest(DSL.val(terms.toArray(String[]::new))).as("u", "term"))
                        .whereNotExists(DSL.selectOne().from(ARTICLE_SIGNATURE).where(ARTICLE_SIGNATURE.ARTICLE_ID.eq(articleId))))
                .onConflictDoNothing()
                .execute();
    }

    /**
     * Stores the signatures of articles grouped for the first time (one statement), each posting with
     * its article's publication time. A plain insert: the articles have no signature yet (it is
     * written with their first membership), and an insert that need not look for conflicts writes
     * each row once (an upsert confirms each row in a second step).
     */
    void storeSignatures(List<FeatureArrays> articles, List<Set<String>> signatures) {
        List<String> terms = new java.util.ArrayList<>();
        List<Long> ids = new java.util.ArrayList<>();
        List<@Nullable Long> published = new java.util.ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            FeatureArrays a = articles.get(i);
            Long micros = publishedMicros(a);
            for (String t : signatures.get(i)) {
                terms.add(t);
                ids.add(a.articleId());
                published.add(micros);
            }
        }
        if (terms.isEmpty()) {
            return;
        }
        var term = DSL.field(DSL.name("u", "term"), String.class);
        var article = DSL.field(DSL.name("u", "article_id"), Long.class);
        db.insertInto(ARTICLE_SIGNATURE, ARTICLE_SIGNATURE.TERM, ARTICLE_SIGNATURE.ARTICLE_ID, ARTICLE_SIGNATURE.PUBLISHED_AT)
                .select(DSL.select(term, article, fromMicros(DSL.field(DSL.name("u", "published"), Long.class)))
                        .from(DSL.table("unnest({0}, {1}, {2})", DSL.val(terms.toArray(String[]::new)), DSL.val(ids.toArray(Long[]::new)),
                                        DSL.val(published.toArray(Long[]::new)))
                                .as("u", "term", "article_id", "published")))
                .execute();
    }

    /** The article's publication time in microseconds since 1970 ({@link #fromMicros} reads it back), or null. */
    private static @Nullable Long publishedMicros(FeatureArrays article) {
        long micros = GroupingService.microsOrUndated(article.publishedAt());
        return micros == GroupingService.UNDATED ? null : micros;
    }

    /** Microseconds since 1970 (exact: an interval of whole microseconds) as a timestamp; null stays null. */
    private static Field<OffsetDateTime> fromMicros(Field<Long> micros) {
        return DSL.field("timestamptz 'epoch' + {0} * interval '1 microsecond'", OffsetDateTime.class, micros);
    }

    /**
     * {@link #candidateEvents} for each of a batch of articles whose signatures are stored, in one
     * query, over the grouped articles outside the batch: for each batch article, up to
     * {@code eventLimit} events with the most signature terms any of their members shares with it,
     * ranked among at most {@code articleLimit} hits within {@code window} (when both are dated).
     * Answers article → event → terms shared by its best member.
     */
    Map<Long, Map<Long, Integer>> candidateEventsOfBatch(List<FeatureArrays> articles, java.time.Duration window, int articleLimit,
                                                         int eventLimit) {
        Map<Long, Map<Long, Integer>> result = new HashMap<>();
        if (articles.isEmpty()) {
            return result;
        }
        Long[] ids = articles.stream().map(FeatureArrays::articleId).toArray(Long[]::new);
        Long[] published = articles.stream().map(GroupingRepository::publishedMicros).toArray(Long[]::new);
        var batch = DSL.table("unnest({0}, {1})", DSL.val(ids), DSL.val(published)).as("b", "id", "published");
        var batchId = DSL.field(DSL.name("b", "id"), Long.class);
        var batchPublished = fromMicros(DSL.field(DSL.name("b", "published"), Long.class));
        var other = ARTICLE_SIGNATURE.as(OTHER);
        // per batch article (lateral): the postings of its signature terms within its time window, read
        // from the (term, time, article) index as two ranges per term (the dated postings in the window, or all of
        // them for an undated article; then the undated postings, which are within every window)
        var lowest = DSL.field("coalesce({0} - make_interval(secs => {1}), '-infinity')", OffsetDateTime.class,
                batchPublished, DSL.inline(window.toSeconds()));
        var highest = DSL.field("coalesce({0} + make_interval(secs => {1}), 'infinity')", OffsetDateTime.class,
                batchPublished, DSL.inline(window.toSeconds()));
        var postings = postingsSharedWith(batchId, other.PUBLISHED_AT.between(lowest, highest))
                .unionAll(postingsSharedWith(batchId, other.PUBLISHED_AT.isNull())).asTable("postings");
        var postingArticle = postings.field(other.ARTICLE_ID);
        var shared = DSL.count().as("shared");
        // ranked by terms shared; then their events
        var hits = DSL.select(postingArticle, shared)
                .from(postings)
                // (most postings are older than the batch: the first test spares comparing them with every batch id)
                .where(postingArticle.lt(DSL.val(articles.stream().mapToLong(FeatureArrays::articleId).min().orElseThrow()))
                        .or(postingArticle.ne(DSL.all(DSL.val(ids)))))
                .groupBy(postingArticle)
                .having(DSL.count().ge(2))
                .orderBy(shared.desc(), postingArticle.desc())
                .limit(articleLimit)
                .asTable("hits");
        var hitArticle = hits.field(other.ARTICLE_ID);
        var hitShared = hits.field(shared);
        // each hit's event by its key (a lateral with a limit is never flattened into a join): a hash
        // join would read all of event_member once per batch article, and it grows with the corpus
        var ofHit = DSL.lateral(DSL.select(EVENT_MEMBER.EVENT_ID)
                .from(EVENT_MEMBER)
                .where(EVENT_MEMBER.ARTICLE_ID.eq(hitArticle))
                .limit(1)).as("of_hit");
        var hitEvent = ofHit.field(EVENT_MEMBER.EVENT_ID);
        var best = DSL.max(hitShared).as("best");
        var events = DSL.lateral(DSL.select(hitEvent, best)
                .from(hits)
                .crossJoin(ofHit)
                .groupBy(hitEvent)
                .orderBy(best.desc(), hitEvent.desc())
                .limit(eventLimit)).as("events");
        db.select(batchId, events.field(hitEvent), events.field(best))
                .from(batch).crossJoin(events)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return result;
    }

    /** Alias of the postings read for a batch article's signature terms ({@link #postingsSharedWith}). */
    private static final String OTHER = "other";

    /** The articles of the postings of the article's signature terms that meet {@code which}, one row per posting. */
    private static SelectConditionStep<Record1<Long>> postingsSharedWith(Field<Long> articleId, Condition which) {
        var own = ARTICLE_SIGNATURE.as("own");
        var other = ARTICLE_SIGNATURE.as(OTHER);
        return DSL.select(other.ARTICLE_ID)
                .from(own).join(other).on(other.TERM.eq(own.TERM))
                .where(own.ARTICLE_ID.eq(articleId))
                .and(which);
    }

    /**
     * For each of the events, up to {@code limit} members with their similarities, the most similar
     * first (ties by article id), in one query.
     */
    Map<Long, List<EventPlacement.Member>> topMembers(Collection<Long> eventIds, int limit) {
        Map<Long, List<EventPlacement.Member>> result = new LinkedHashMap<>();
        eventIds.forEach(e -> result.put(e, new java.util.ArrayList<>()));
        if (eventIds.isEmpty()) {
            return result;
        }
        var rank = DSL.rowNumber().over(DSL.partitionBy(EVENT_MEMBER.EVENT_ID)
                .orderBy(EVENT_MEMBER.SIMILARITY.desc(), EVENT_MEMBER.ARTICLE_ID)).as("rank");
        var ranked = DSL.select(EVENT_MEMBER.EVENT_ID, EVENT_MEMBER.ARTICLE_ID, EVENT_MEMBER.SIMILARITY, rank).from(EVENT_MEMBER)
                .where(EVENT_MEMBER.EVENT_ID.eq(DSL.any(DSL.val(eventIds.toArray(Long[]::new))))).asTable("ranked");
        var r = ranked.field(rank);
        db.select(ranked.field(EVENT_MEMBER.EVENT_ID), ranked.field(EVENT_MEMBER.ARTICLE_ID), ranked.field(EVENT_MEMBER.SIMILARITY))
                .from(ranked).where(r.le(limit)).orderBy(ranked.field(EVENT_MEMBER.EVENT_ID), r)
                .forEach(row -> result.get(row.value1()).add(new EventPlacement.Member(row.value2(), row.value3())));
        return result;
    }

    /**
     * Candidate events for an article: the events of the grouped articles sharing the most
     * signature terms with it, among those within {@code window} of its publication time when both
     * are dated (an undated article or posting is within every window). Bounded work: the postings
     * are read through the (term, time, article) index, at most {@code articleLimit} articles are ranked, and at
     * most {@code eventLimit} events come back, best first.
     */
    List<Long> candidateEvents(long articleId, Collection<String> signature, @Nullable OffsetDateTime publishedAt,
                               java.time.Duration window, int articleLimit, int eventLimit) {
        if (signature.isEmpty()) {
            return List.of();
        }
        Condition when = DSL.noCondition();
        if (publishedAt != null) {
            when = ARTICLE_SIGNATURE.PUBLISHED_AT.isNull()
                    .or(ARTICLE_SIGNATURE.PUBLISHED_AT.between(publishedAt.minus(window), publishedAt.plus(window)));
        }
        // first the postings of the signature terms (ranges of the (term, time, article) index, each list short
        // because common terms are not in signatures), ranked by terms shared; then their events
        var shared = DSL.count().as("shared");
        var hits = DSL.name("hits").fields("article_id", "shared").asMaterialized(
                DSL.select(ARTICLE_SIGNATURE.ARTICLE_ID, shared)
                        .from(ARTICLE_SIGNATURE)
                        .where(ARTICLE_SIGNATURE.TERM.in(signature))
                        .and(when)
                        .and(ARTICLE_SIGNATURE.ARTICLE_ID.ne(articleId))
                        .groupBy(ARTICLE_SIGNATURE.ARTICLE_ID)
                        .having(DSL.count().ge(2))
                        .orderBy(shared.desc(), ARTICLE_SIGNATURE.ARTICLE_ID.desc())
                        .limit(articleLimit * 4));
        return eventsOfHits(db, hits, DSL.noCondition(), eventLimit);
    }

    /**
     * The events of the articles in {@code hits} (a query of {@code (article_id, shared)}: articles and the
     * number of terms they share), each ranked by its best article, most shared terms first (then the
     * newest event), at most {@code eventLimit}, among the events meeting {@code eventCondition}.
     */
    static List<Long> eventsOfHits(DSLContext db, org.jooq.CommonTableExpression<?> hits, Condition eventCondition,
                                   int eventLimit) {
        var hitArticle = DSL.field(DSL.name("hits", "article_id"), Long.class);
        var hitShared = DSL.field(DSL.name("hits", "shared"), Integer.class);
        var best = DSL.max(hitShared).as("best");
        return db.with(hits)
                .select(EVENT_MEMBER.EVENT_ID, best)
                .from(DSL.table(DSL.name("hits")))
                .join(EVENT_MEMBER).on(EVENT_MEMBER.ARTICLE_ID.eq(hitArticle))
                .where(eventCondition)
                .groupBy(EVENT_MEMBER.EVENT_ID)
                .orderBy(best.desc(), EVENT_MEMBER.EVENT_ID.desc())
                .limit(eventLimit)
                .fetch(EVENT_MEMBER.EVENT_ID);
    }

    /**
     * For each of the events, up to {@code limit} members, the most similar first (ties by article
     * id): the events' representatives for scoring, in one query.
     */
    Map<Long, List<Long>> representativeMembers(Collection<Long> eventIds, int limit) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        topMembers(eventIds, limit).forEach((e, members) -> result.put(e, members.stream().map(EventPlacement.Member::articleId).toList()));
        return result;
    }

    /**
     * What the near-duplicate check compares: the distinct shingle hashes of the article and of the
     * event's members that {@link GroupingService} compares it with (all members when there are at most
     * {@code limit}, by article id; else the {@code limit} most similar, most similar first), in one query.
     */
    record NearDuplicateCandidates(Set<Long> own, LinkedHashMap<Long, Set<Long>> members) {}

    NearDuplicateCandidates nearDuplicateCandidates(long articleId, long eventId, int limit) {
        List<Long> top = db.select(EVENT_MEMBER.ARTICLE_ID).from(EVENT_MEMBER).where(EVENT_MEMBER.EVENT_ID.eq(eventId))
                .orderBy(EVENT_MEMBER.SIMILARITY.desc(), EVENT_MEMBER.ARTICLE_ID).limit(limit + 1).fetch(EVENT_MEMBER.ARTICLE_ID);
        List<Long> members = top.size() > limit ? top.subList(0, limit) : top.stream().sorted().toList();
        List<Long> ids = new java.util.ArrayList<>(members);
        ids.add(articleId);
        Map<Long, Set<Long>> shingles = shingles(ids);
        LinkedHashMap<Long, Set<Long>> byMember = new LinkedHashMap<>();
        members.forEach(m -> byMember.put(m, shingles.getOrDefault(m, Set.of())));
        return new NearDuplicateCandidates(shingles.getOrDefault(articleId, Set.of()), byMember);
    }

    /** The distinct shingle hashes of each article's body. */
    Map<Long, java.util.Set<Long>> shingles(Collection<Long> articleIds) {
        Map<Long, java.util.Set<Long>> result = new HashMap<>();
        db.select(org.parallax.db.Tables.ARTICLE_SENTENCE.ARTICLE_ID, org.parallax.db.Tables.ARTICLE_SENTENCE.SHINGLES)
                .from(org.parallax.db.Tables.ARTICLE_SENTENCE)
                .where(org.parallax.db.Tables.ARTICLE_SENTENCE.ARTICLE_ID.eq(DSL.any(DSL.val(articleIds.toArray(Long[]::new)))))
                .forEach(r -> {
                    java.util.Set<Long> set = result.computeIfAbsent(r.value1(), k -> new java.util.HashSet<>());
                    if (r.value2() != null) {
                        set.addAll(java.util.Arrays.asList(r.value2()));
                    }
                });
        return result;
    }

    /** Links an article to the earlier article it nearly duplicates, and flags it (once, however often it is regrouped). */
    void markNearDuplicate(long articleId, long original, double similarity) {
        db.update(ARTICLE)
                .set(ARTICLE.NEAR_DUPLICATE_OF, original)
                .set(ARTICLE.NEAR_DUPLICATE_SIMILARITY, similarity)
                .set(ARTICLE.FLAGS, DSL.field("case when {1} = any({0}) then {0} else array_append({0}, {1}) end", String[].class,
                        ARTICLE.FLAGS, DSL.val("NEAR_DUPLICATE")))
                .where(ARTICLE.ID.eq(articleId))
                .execute();
    }

    /** The whole inverted index of signature terms: each term with the articles whose signature holds it (one query). */
    Map<String, long[]> signaturePostings() {
        Map<String, long[]> result = new HashMap<>();
        db.select(ARTICLE_SIGNATURE.TERM, DSL.arrayAgg(ARTICLE_SIGNATURE.ARTICLE_ID)).from(ARTICLE_SIGNATURE)
                .groupBy(ARTICLE_SIGNATURE.TERM)
                .forEach(r -> {
                    Long[] ids = r.value2();
                    long[] a = new long[ids.length];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = ids[i];
                    }
                    result.put(r.value1(), a);
                });
        return result;
    }

    /** Every article's publication time in epoch microseconds (PostgreSQL's precision; {@link Long#MIN_VALUE} when undated). */
    Map<Long, Long> publicationTimes() {
        Map<Long, Long> result = new HashMap<>();
        db.select(ARTICLE.ID, ARTICLE.PUBLISHED_AT).from(ARTICLE)
                .forEach(r -> result.put(r.value1(), GroupingService.microsOrUndated(r.value2())));
        return result;
    }

    /** A current membership: article, event, similarity. */
    record MemberRow(long articleId, long eventId, double similarity) {}

    List<MemberRow> memberships() {
        return db.select(EVENT_MEMBER.ARTICLE_ID, EVENT_MEMBER.EVENT_ID, EVENT_MEMBER.SIMILARITY).from(EVENT_MEMBER)
                .fetch(r -> new MemberRow(r.value1(), r.value2(), r.value3()));
    }

    /** {@code count} fresh event ids from the event id sequence, ascending. */
    long[] nextEventIds(int count) {
        if (count == 0) {
            return new long[0];
        }
        return db.fetch("select nextval(pg_get_serial_sequence('event', 'id')) from generate_series(1, ?) g order by g", count)
                .stream().mapToLong(r -> r.get(0, Long.class)).sorted().toArray();
    }

    /**
     * Creates the events with the given ids, each titled and dated after its founding article, and
     * puts the articles into events (automatic memberships), in two set-based statements.
     */
    void insertEventsAndMembers(long[] eventIds, long[] founders, long[] memberArticles, long[] memberEvents,
                                double[] similarities, long userId) {
        if (eventIds.length > 0) {
            db.execute("insert into event (id, title, created_by, article_count, first_published, last_published) "
                            + "overriding system value "
                            + "select u.id, a.title, ?, 1, a.published_at, a.published_at "
                            + "from unnest(?::bigint[], ?::bigint[]) as u(id, founder) join article a on a.id = u.founder",
                    userId, box(eventIds), box(founders));
        }
        if (memberArticles.length > 0) {
            Double[] s = new Double[similarities.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = similarities[i];
            }
            db.execute("insert into event_member (article_id, event_id, similarity, manual, assigned_by) "
                            + "select u.a, u.e, u.s, false, ? from unnest(?::bigint[], ?::bigint[], ?::float8[]) as u(a, e, s) "
                            + "on conflict (article_id) do update set event_id = excluded.event_id, similarity = excluded.similarity, "
                            + "manual = false, assigned_by = excluded.assigned_by, assigned_at = now()",
                    userId, box(memberArticles), box(memberEvents), s);
        }
    }

    private static Long[] box(long[] a) {
        Long[] b = new Long[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i];
        }
        return b;
    }

    /** Each article's distinct body shingle hashes, ascending (articles without any are left out). */
    Map<Long, long[]> sortedShingles(Collection<Long> articleIds) {
        Map<Long, long[]> result = new HashMap<>();
        shingles(articleIds).forEach((id, set) -> result.put(id, set.stream().mapToLong(Long::longValue).sorted().toArray()));
        return result;
    }

    /** Each member's actors: (article id, actor key, display name). */
    List<ActorRow> actors(Collection<Long> articleIds) {
        return db.select(ARTICLE_ACTOR.ARTICLE_ID, ARTICLE_ACTOR.ACTOR_KEY, ARTICLE_ACTOR.NAME).from(ARTICLE_ACTOR)
                .where(ARTICLE_ACTOR.ARTICLE_ID.in(articleIds))
                .fetch(r -> new ActorRow(r.value1(), r.value2(), r.value3()));
    }

    record ActorRow(long articleId, String key, String name) {}

    private static TermCounts counts(String @Nullable [] terms, Integer @Nullable [] counts) {
        if (terms == null || counts == null || terms.length == 0) {
            return TermCounts.EMPTY;
        }
        Map<String, Integer> map = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            map.put(terms[i], counts[i]);
        }
        return TermCounts.of(map);
    }
}
