package org.parallax.analysis;

import static org.parallax.db.Tables.ARTICLE;
import static org.parallax.db.Tables.ARTICLE_ACTOR;
import static org.parallax.db.Tables.ARTICLE_SENTENCE;
import static org.parallax.db.Tables.ARTICLE_TERMS;
import static org.parallax.db.Tables.EVENT;
import static org.parallax.db.Tables.EVENT_MEMBER;
import static org.parallax.db.Tables.OUTLET;
import static org.parallax.db.Tables.TERM_STAT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.parallax.text.Span;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the comparison: reads an event's articles and their derived features, and joins them
 * set-wise. Every query is restricted to the event's article ids, so its cost follows the event's
 * size, not the corpus's; the one corpus-wide input, the term statistics, is read by primary key.
 */
@Repository
public class ComparisonRepository {

    /** The term_stat row holding N (documents) and the corpus's total number of body tokens. */
    private static final String TOTALS_KEY = "";

    private final DSLContext db;

    ComparisonRepository(DSLContext db) {
        this.db = db;
    }

    Optional<ComparedEvent> event(long eventId) {
        return db.select(EVENT.ID, EVENT.TITLE, EVENT.FIRST_PUBLISHED, EVENT.LAST_PUBLISHED)
                .from(EVENT).where(EVENT.ID.eq(eventId))
                .fetchOptional(r -> new ComparedEvent(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The event's articles, earliest first (undated last), ties by id. */
    List<ComparedArticle> articles(long eventId) {
        return db.select(ARTICLE.ID, ARTICLE.OUTLET_ID, OUTLET.NAME, ARTICLE.TITLE, ARTICLE.PUBLISHED_AT,
                        ARTICLE.WORD_COUNT, ARTICLE.URL, ARTICLE.BODY)
                .from(EVENT_MEMBER).join(ARTICLE).on(ARTICLE.ID.eq(EVENT_MEMBER.ARTICLE_ID))
                .leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .where(EVENT_MEMBER.EVENT_ID.eq(eventId))
                .orderBy(ARTICLE.PUBLISHED_AT.asc().nullsLast(), ARTICLE.ID)
                .fetch(r -> new ComparedArticle(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    /** The stored sentence spans of each article, in order. */
    Map<Long, List<Span>> sentences(Long[] articleIds) {
        Map<Long, List<Span>> spans = new HashMap<>();
        db.select(ARTICLE_SENTENCE.ARTICLE_ID, ARTICLE_SENTENCE.BEGIN_OFFSET, ARTICLE_SENTENCE.END_OFFSET)
                .from(ARTICLE_SENTENCE).where(ARTICLE_SENTENCE.ARTICLE_ID.eq(DSL.any(articleIds)))
                .orderBy(ARTICLE_SENTENCE.ARTICLE_ID, ARTICLE_SENTENCE.ORDINAL)
                .forEach(r -> spans.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new Span(r.value2(), r.value3())));
        return spans;
    }

    /**
     * The shingles each article shares with the others: the event's stored word 5-gram hashes grouped
     * by hash, keeping the hashes found in more than one article.
     *
     * <pre>
     *   select h, array_agg(distinct article_id) from article_sentence, unnest(shingles) h
     *   where article_id = any(:ids) group by h having count(distinct article_id) &gt; 1
     * </pre>
     *
     * @return per article, per shared hash, the other articles containing it
     */
    Map<Long, Map<Long, Set<Long>>> sharedShingles(Long[] articleIds) {
        Field<Long> hash = DSL.field(DSL.name("u", "h"), SQLDataType.BIGINT);
        Map<Long, Map<Long, Set<Long>>> shared = new HashMap<>();
        db.select(hash, DSL.arrayAggDistinct(ARTICLE_SENTENCE.ARTICLE_ID))
                .from(ARTICLE_SENTENCE, DSL.lateral(DSL.unnest(ARTICLE_SENTENCE.SHINGLES).as("u", "h")))
                .where(ARTICLE_SENTENCE.ARTICLE_ID.eq(DSL.any(articleIds)))
                .groupBy(hash)
                .having(DSL.countDistinct(ARTICLE_SENTENCE.ARTICLE_ID).gt(1))
                .forEach(r -> {
                    Set<Long> holders = Set.of(r.value2());
                    for (long id : holders) {
                        Set<Long> others = new java.util.HashSet<>(holders);
                        others.remove(id);
                        shared.computeIfAbsent(id, k -> new HashMap<>()).put(r.value1(), others);
                    }
                });
        return shared;
    }

    /**
     * The TF-IDF weight of every body term of the given articles, over the whole corpus's statistics:
     * w(t) = (1 + ln tf(t)) · (ln((N + 1) / (df(t) + 1)) + 1), the weighting of
     * {@link org.parallax.text.TfIdfVectorizer}. One pass over the articles' term arrays joined to
     * {@code term_stat} by key.
     */
    List<TermWeight> termWeights(Long[] articleIds) {
        Field<String> term = DSL.field(DSL.name("u", "term"), String.class);
        Field<Integer> count = DSL.field(DSL.name("u", "cnt"), Integer.class);
        Field<Double> n = DSL.field(DSL.select(TERM_STAT.DOCUMENT_COUNT.cast(SQLDataType.DOUBLE)).from(TERM_STAT)
                .where(TERM_STAT.TERM.eq(TOTALS_KEY)));
        Field<Double> df = DSL.coalesce(TERM_STAT.DOCUMENT_COUNT, 0).cast(SQLDataType.DOUBLE);
        Field<Double> weight = DSL.inline(1.0).plus(DSL.ln(count.cast(SQLDataType.DOUBLE)))
                .times(DSL.ln(DSL.coalesce(n, DSL.inline(0.0)).plus(1).div(df.plus(1))).plus(1));
        return db.select(ARTICLE_TERMS.ARTICLE_ID, term, weight)
                .from(ARTICLE_TERMS, DSL.lateral(DSL.table("unnest({0}, {1})", ARTICLE_TERMS.BODY_TERMS,
                        ARTICLE_TERMS.BODY_COUNTS).as("u", "term", "cnt")))
                .leftJoin(TERM_STAT).on(TERM_STAT.TERM.eq(term))
                .where(ARTICLE_TERMS.ARTICLE_ID.eq(DSL.any(articleIds)))
                .fetch(r -> new TermWeight(r.value1(), r.value2(), r.value3()));
    }

    /** One row of {@link #termWeights}. */
    record TermWeight(long articleId, String term, double weight) {}

    /** The actors stored for each article: key, name, surface forms and mention spans. */
    List<StoredActor> actors(Long[] articleIds) {
        return db.select(ARTICLE_ACTOR.ARTICLE_ID, ARTICLE_ACTOR.ACTOR_KEY, ARTICLE_ACTOR.NAME, ARTICLE_ACTOR.SPANS)
                .from(ARTICLE_ACTOR).where(ARTICLE_ACTOR.ARTICLE_ID.eq(DSL.any(articleIds)))
                .orderBy(ARTICLE_ACTOR.ARTICLE_ID, ARTICLE_ACTOR.ACTOR_KEY)
                .fetch(r -> new StoredActor(r.value1(), r.value2(), r.value3(), toInts(r.value4())));
    }

    /** An actor of one article as stored; {@code spans} holds [begin, end) pairs, flattened. */
    record StoredActor(long articleId, String key, String name, int[] spans) {}

    /**
     * Body term counts summed per group of articles (an outlet's articles, or one article):
     * {@code select group, term, sum(count) … group by group, term}.
     *
     * @param groupOf each article id's group key
     */
    Map<String, Map<String, Integer>> termCountsByGroup(Map<Long, String> groupOf) {
        Long[] ids = groupOf.keySet().toArray(Long[]::new);
        Field<String> term = DSL.field(DSL.name("u", "term"), String.class);
        Field<Integer> count = DSL.field(DSL.name("u", "cnt"), Integer.class);
        Map<Long, Map<String, Integer>> perArticle = new HashMap<>();
        db.select(ARTICLE_TERMS.ARTICLE_ID, term, count)
                .from(ARTICLE_TERMS, DSL.lateral(DSL.table("unnest({0}, {1})", ARTICLE_TERMS.BODY_TERMS,
                        ARTICLE_TERMS.BODY_COUNTS).as("u", "term", "cnt")))
                .where(ARTICLE_TERMS.ARTICLE_ID.eq(DSL.any(ids)))
                .forEach(r -> perArticle.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        Map<String, Map<String, Integer>> byGroup = new LinkedHashMap<>();
        groupOf.forEach((id, group) -> {
            Map<String, Integer> counts = byGroup.computeIfAbsent(group, k -> new HashMap<>());
            perArticle.getOrDefault(id, Map.of()).forEach((t, c) -> counts.merge(t, c, Integer::sum));
        });
        return byGroup;
    }

    /**
     * The background of the log-odds prior: the corpus-wide occurrences of the given terms, and under
     * the key "" the total number of body tokens in the corpus. Read by primary key.
     */
    Map<String, Long> corpusCounts(Set<String> terms) {
        String[] keys = new String[terms.size() + 1];
        keys[0] = TOTALS_KEY;
        int i = 1;
        for (String t : terms) {
            keys[i++] = t;
        }
        return db.select(TERM_STAT.TERM, TERM_STAT.TERM_COUNT).from(TERM_STAT).where(TERM_STAT.TERM.eq(DSL.any(keys)))
                .fetchMap(TERM_STAT.TERM, TERM_STAT.TERM_COUNT);
    }

    private static int[] toInts(Integer[] values) {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = values[i];
        }
        return ints;
    }
}
