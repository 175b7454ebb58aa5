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
        String[] keys = terms.toArray(String[]::new);
        return db.select(TERM_STAT.TERM, TERM_STAT.DOCUMENT_COUNT).from(TERM_STAT)
                .where(TERM_STAT.TERM.eq(DSL.any(DSL.val(keys))).or(TERM_STAT.TERM.eq("")))
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
        var shared = DSL.count().as("shared");
        var ranked = db.select(ARTICLE_SIGNATURE.ARTICLE_ID, EVENT_MEMBER.EVENT_ID, shared)
                .from(ARTICLE_SIGNATURE)
                .join(EVENT_MEMBER).on(EVENT_MEMBER.ARTICLE_ID.eq(ARTICLE_SIGNATURE.ARTICLE_ID))
                .join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_SIGNATURE.ARTICLE_ID))
                .where(ARTICLE_SIGNATURE.TERM.in(signature))
                .and(ARTICLE_SIGNATURE.ARTICLE_ID.ne(articleId))
                .and(when)
                .groupBy(ARTICLE_SIGNATURE.ARTICLE_ID, EVENT_MEMBER.EVENT_ID)
                .having(DSL.count().ge(2))
                .orderBy(shared.desc(), ARTICLE_SIGNATURE.ARTICLE_ID.desc())
                .limit(articleLimit)
                .asTable("ranked");
        var eventId = ranked.field(EVENT_MEMBER.EVENT_ID);
        var best = DSL.max(ranked.field(shared)).as("best");
        return db.select(eventId, best).from(ranked).groupBy(eventId).orderBy(best.desc(), eventId.desc())
                .limit(eventLimit).fetch(eventId);
    }

    /** Up to {@code limit} members of an event, the most similar first: the event's representatives for scoring. */
    List<Long> representativeMembers(long eventId, int limit) {
        return db.select(EVENT_MEMBER.ARTICLE_ID).from(EVENT_MEMBER).where(EVENT_MEMBER.EVENT_ID.eq(eventId))
                .orderBy(EVENT_MEMBER.SIMILARITY.desc(), EVENT_MEMBER.ARTICLE_ID).limit(limit).fetch(EVENT_MEMBER.ARTICLE_ID);
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
