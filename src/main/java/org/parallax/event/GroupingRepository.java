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

    void storeSignature(long articleId, Collection<String> terms) {
        if (terms.isEmpty()) {
            return;
        }
        var insert = db.insertInto(ARTICLE_SIGNATURE, ARTICLE_SIGNATURE.TERM, ARTICLE_SIGNATURE.ARTICLE_ID);
        for (String t : terms) {
            insert = insert.values(t, articleId);
        }
        insert.onConflictDoNothing().execute();
    }

    boolean hasSignature(long articleId) {
        return db.fetchExists(ARTICLE_SIGNATURE, ARTICLE_SIGNATURE.ARTICLE_ID.eq(articleId));
    }

    /**
     * Candidate events for an article: the events of the grouped articles sharing the most
     * signature terms with it, within {@code window} of its publication time when it is dated.
     * Bounded work: at most {@code articleLimit} articles are ranked, through the (term, article)
     * index, and at most {@code eventLimit} events come back, best first.
     */
    List<Long> candidateEvents(long articleId, Collection<String> signature, @Nullable OffsetDateTime publishedAt,
                               java.time.Duration window, int articleLimit, int eventLimit) {
        if (signature.isEmpty()) {
            return List.of();
        }
        Condition when = DSL.noCondition();
        if (publishedAt != null) {
            when = ARTICLE.PUBLISHED_AT.isNull().or(ARTICLE.PUBLISHED_AT.between(publishedAt.minus(window), publishedAt.plus(window)));
        }
        // first the postings of the signature terms (through the (term, article) index, each list short
        // because common terms are not in signatures), ranked by terms shared; then their events
        var shared = DSL.count().as("shared");
        var hits = DSL.name("hits").fields("article_id", "shared").asMaterialized(
                DSL.select(ARTICLE_SIGNATURE.ARTICLE_ID, shared)
                        .from(ARTICLE_SIGNATURE)
                        .where(ARTICLE_SIGNATURE.TERM.in(signature))
                        .and(ARTICLE_SIGNATURE.ARTICLE_ID.ne(articleId))
                        .groupBy(ARTICLE_SIGNATURE.ARTICLE_ID)
                        .having(DSL.count().ge(2))
                        .orderBy(shared.desc(), ARTICLE_SIGNATURE.ARTICLE_ID.desc())
                        .limit(articleLimit * 4));
        var hitArticle = DSL.field(DSL.name("hits", "article_id"), Long.class);
        var hitShared = DSL.field(DSL.name("hits", "shared"), Integer.class);
        var best = DSL.max(hitShared).as("best");
        return db.with(hits)
                .select(EVENT_MEMBER.EVENT_ID, best)
                .from(DSL.table(DSL.name("hits")))
                .join(EVENT_MEMBER).on(EVENT_MEMBER.ARTICLE_ID.eq(hitArticle))
                .join(ARTICLE).on(ARTICLE.ID.eq(hitArticle))
                .where(when)
                .groupBy(EVENT_MEMBER.EVENT_ID)
                .orderBy(best.desc(), EVENT_MEMBER.EVENT_ID.desc())
                .limit(eventLimit)
                .fetch(EVENT_MEMBER.EVENT_ID);
    }

    /** Up to {@code limit} members of an event, the most similar first: the event's representatives for scoring. */
    List<Long> representativeMembers(long eventId, int limit) {
        return db.select(EVENT_MEMBER.ARTICLE_ID).from(EVENT_MEMBER).where(EVENT_MEMBER.EVENT_ID.eq(eventId))
                .orderBy(EVENT_MEMBER.SIMILARITY.desc(), EVENT_MEMBER.ARTICLE_ID).limit(limit).fetch(EVENT_MEMBER.ARTICLE_ID);
    }

    /** The distinct shingle hashes of each article's body. */
    Map<Long, java.util.Set<Long>> shingles(Collection<Long> articleIds) {
        Map<Long, java.util.Set<Long>> result = new HashMap<>();
        db.select(org.parallax.db.Tables.ARTICLE_SENTENCE.ARTICLE_ID, org.parallax.db.Tables.ARTICLE_SENTENCE.SHINGLES)
                .from(org.parallax.db.Tables.ARTICLE_SENTENCE)
                .where(org.parallax.db.Tables.ARTICLE_SENTENCE.ARTICLE_ID.in(articleIds))
                .forEach(r -> {
                    java.util.Set<Long> set = result.computeIfAbsent(r.value1(), k -> new java.util.HashSet<>());
                    if (r.value2() != null) {
                        set.addAll(java.util.Arrays.asList(r.value2()));
                    }
                });
        return result;
    }

    /** Links an article to the earlier article it nearly duplicates, and flags it. */
    void markNearDuplicate(long articleId, long original, double similarity) {
        db.update(ARTICLE)
                .set(ARTICLE.NEAR_DUPLICATE_OF, original)
                .set(ARTICLE.NEAR_DUPLICATE_SIMILARITY, similarity)
                .set(ARTICLE.FLAGS, DSL.field("array_append({0}, {1})", String[].class, ARTICLE.FLAGS, DSL.val("NEAR_DUPLICATE")))
                .where(ARTICLE.ID.eq(articleId))
                .execute();
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
