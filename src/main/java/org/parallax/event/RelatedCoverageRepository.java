package org.parallax.event;

import static org.parallax.db.Tables.ARTICLE;
import static org.parallax.db.Tables.ARTICLE_SIGNATURE;
import static org.parallax.db.Tables.EVENT;
import static org.parallax.db.Tables.EVENT_MEMBER;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** What related coverage reads: other events sharing signature terms with an event, their heads, article text. */
@Repository
class RelatedCoverageRepository {

    private final DSLContext db;

    RelatedCoverageRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Events other than {@code eventId} whose articles share signature terms (the inverted index
     * {@code article_signature}, at any time: no time window) with the given articles of the event,
     * most shared terms first. Bounded: at most {@code articleLimit} articles sharing at least two
     * terms are ranked, at most {@code eventLimit} events come back.
     */
    List<Long> candidateEvents(long eventId, Collection<Long> articleIds, int articleLimit, int eventLimit) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        var own = ARTICLE_SIGNATURE.as("own");
        var other = ARTICLE_SIGNATURE.as("other");
        var shared = DSL.countDistinct(other.TERM).as("shared");
        var hits = DSL.name("hits").fields("article_id", "shared").asMaterialized(
                DSL.select(other.ARTICLE_ID, shared)
                        .from(other)
                        .where(other.TERM.in(DSL.selectDistinct(own.TERM).from(own)
                                .where(own.ARTICLE_ID.eq(DSL.any(DSL.val(articleIds.toArray(Long[]::new)))))))
                        .and(other.ARTICLE_ID.notIn(DSL.select(EVENT_MEMBER.ARTICLE_ID).from(EVENT_MEMBER)
                                .where(EVENT_MEMBER.EVENT_ID.eq(eventId))))
                        .groupBy(other.ARTICLE_ID)
                        .having(DSL.countDistinct(other.TERM).ge(2))
                        .orderBy(shared.desc(), other.ARTICLE_ID.desc())
                        .limit(articleLimit));
        return GroupingRepository.eventsOfHits(db, hits, EVENT_MEMBER.EVENT_ID.ne(eventId), eventLimit);
    }

    record Head(long id, String title, int articleCount) {}

    Map<Long, Head> heads(Collection<Long> eventIds) {
        Map<Long, Head> result = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return result;
        }
        db.select(EVENT.ID, EVENT.TITLE, EVENT.ARTICLE_COUNT).from(EVENT)
                .where(EVENT.ID.eq(DSL.any(DSL.val(eventIds.toArray(Long[]::new)))))
                .forEach(r -> result.put(r.value1(), new Head(r.value1(), r.value2(), r.value3())));
        return result;
    }

    /** Title and body of each article, for the surface forms of stemmed terms. */
    List<String> texts(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return db.select(ARTICLE.TITLE, ARTICLE.BODY).from(ARTICLE)
                .where(ARTICLE.ID.eq(DSL.any(DSL.val(articleIds.toArray(Long[]::new))))).orderBy(ARTICLE.ID)
                .fetch(r -> r.value1() + "\n\n" + (r.value2() == null ? "" : r.value2()));
    }
}
