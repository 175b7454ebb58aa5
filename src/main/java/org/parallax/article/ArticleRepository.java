package org.parallax.article;

import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.ARTICLE;
import static org.parallax.db.Tables.OUTLET;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class ArticleRepository {

    private final DSLContext db;

    ArticleRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Stores the article unless the same text (content hash) or the same URL is already stored.
     *
     * @return the new article's id, or empty when it is a duplicate
     */
    public Optional<Long> insertIfNew(NewArticle a) {
        return insertAllIfNew(List.of(a)).getFirst();
    }

    /**
     * {@link #insertIfNew} for each article, in list order, in one statement: an article that
     * duplicates a stored one, or an earlier one of the list that was stored, by content hash or by
     * (non-null) URL is left out, exactly as if they had been inserted one by one. New ids ascend in
     * list order.
     *
     * @return per article, in list order, its new id or empty when it is a duplicate
     */
    public List<Optional<Long>> insertAllIfNew(List<NewArticle> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        int n = articles.size();
        String[] title = new String[n];
        Long[] outletId = new Long[n];
        String[] outletEvidence = new String[n];
        String[] outletSnippet = new String[n];
        String[] upstreamSource = new String[n];
        String[] url = new String[n];
        String[] byline = new String[n];
        OffsetDateTime[] publishedAt = new OffsetDateTime[n];
        String[] publishedZone = new String[n];
        String[] language = new String[n];
        String[] body = new String[n];
        Integer[] wordCount = new Integer[n];
        String[] contentHash = new String[n];
        String[] flags = new String[n];
        Long[] importBatchId = new Long[n];
        String[] sourceRecord = new String[n];
        Long[] createdBy = new Long[n];
        for (int i = 0; i < n; i++) {
            NewArticle a = articles.get(i);
            title[i] = a.title();
            outletId[i] = a.outletId();
            outletEvidence[i] = a.outletEvidence();
            outletSnippet[i] = a.outletSnippet();
            upstreamSource[i] = a.upstreamSource();
            url[i] = a.url();
            byline[i] = a.byline();
            publishedAt[i] = a.publishedAt();
            publishedZone[i] = a.publishedZone();
            language[i] = a.language();
            body[i] = a.body();
            wordCount[i] = a.wordCount();
            contentHash[i] = a.contentHash();
            flags[i] = PgArrays.text(a.flags().stream().map(Enum::name).sorted().toList());
            importBatchId[i] = a.importBatchId();
            sourceRecord[i] = a.sourceRecord();
            createdBy[i] = a.createdBy();
        }
        // One row per article, in list order (ordinality): PostgreSQL inserts them in that order, so
        // identities ascend with it and a row that conflicts with one inserted before it in the same
        // statement is skipped like one that conflicts with a stored row.
        var u = DSL.table("unnest({0}::text[], {1}::bigint[], {2}::text[], {3}::text[], {4}::text[], {5}::text[], {6}::text[], "
                                + "{7}::timestamptz[], {8}::text[], {9}::text[], {10}::text[], {11}::integer[], {12}::text[], "
                                + "{13}::text[], {14}::bigint[], {15}::text[], {16}::bigint[]) with ordinality",
                        DSL.val(title), DSL.val(outletId), DSL.val(outletEvidence), DSL.val(outletSnippet), DSL.val(upstreamSource),
                        DSL.val(url), DSL.val(byline), DSL.val(publishedAt), DSL.val(publishedZone), DSL.val(language),
                        DSL.val(body), DSL.val(wordCount), DSL.val(contentHash), DSL.val(flags), DSL.val(importBatchId),
                        DSL.val(sourceRecord), DSL.val(createdBy))
                .as("u", "title", "outlet_id", "outlet_evidence", "outlet_snippet", "upstream_source", "url", "byline",
                        "published_at", "published_zone", "language", "body", "word_count", "content_hash", "flags",
                        "import_batch_id", "source_record", "created_by", "ord");
        var inserted = db.insertInto(ARTICLE, ARTICLE.TITLE, ARTICLE.OUTLET_ID, ARTICLE.OUTLET_EVIDENCE, ARTICLE.OUTLET_SNIPPET,
                        ARTICLE.UPSTREAM_SOURCE, ARTICLE.URL, ARTICLE.BYLINE, ARTICLE.PUBLISHED_AT, ARTICLE.PUBLISHED_ZONE,
                        ARTICLE.LANGUAGE, ARTICLE.BODY, ARTICLE.WORD_COUNT, ARTICLE.CONTENT_HASH, ARTICLE.FLAGS,
                        ARTICLE.IMPORT_BATCH_ID, ARTICLE.SOURCE_RECORD, ARTICLE.CREATED_BY)
                .select(DSL.select(column("title", String.class), column("outlet_id", Long.class),
                                column("outlet_evidence", String.class), column("outlet_snippet", String.class),
                                column("upstream_source", String.class), column("url", String.class),
                                column("byline", String.class), column("published_at", OffsetDateTime.class),
                                column("published_zone", String.class), column("language", String.class),
                                column("body", String.class), column("word_count", Integer.class),
                                column("content_hash", String.class),
                                DSL.field("{0}::text[]", String[].class, column("flags", String.class)),
                                column("import_batch_id", Long.class), column("source_record", String.class),
                                column("created_by", Long.class))
                        .from(u)
                        .orderBy(column("ord", Long.class)))
                .onConflictDoNothing()
                .returningResult(ARTICLE.ID, ARTICLE.CONTENT_HASH, ARTICLE.URL)
                .fetch();
        // Map the new rows back by (content hash, URL): of the articles sharing both, only the first
        // can have been inserted (whatever a later one conflicts with, the first conflicted with too).
        Map<List<String>, Long> ids = new HashMap<>();
        for (var r : inserted) {
            ids.put(Arrays.asList(hashKey(r.value2()), r.value3()), r.value1());
        }
        List<Optional<Long>> result = new ArrayList<>(n);
        for (NewArticle a : articles) {
            result.add(Optional.ofNullable(ids.remove(Arrays.asList(hashKey(a.contentHash()), a.url()))));
        }
        return result;
    }

    private static <T> org.jooq.Field<T> column(String name, Class<T> type) {
        return DSL.field(DSL.name("u", name), type);
    }

    /** A hash as char(64) compares it: trailing spaces do not count. */
    private static String hashKey(String hash) {
        int end = hash.length();
        while (end > 0 && hash.charAt(end - 1) == ' ') {
            end--;
        }
        return hash.substring(0, end);
    }

    /**
     * Lets the current transaction commit without waiting for its WAL flush
     * ({@code synchronous_commit = off}, PostgreSQL): a crash can lose the last few commits, never
     * corrupt or half-store one. Used by imports, which can be repeated.
     */
    public void relaxCommitDurability() {
        db.execute("set local synchronous_commit = off");
    }

    /** The stored article with this content hash or URL, if any: what a duplicate duplicates. */
    public Optional<Long> findExisting(String contentHash, @Nullable String url) {
        Condition same = ARTICLE.CONTENT_HASH.eq(contentHash);
        if (url != null) {
            same = same.or(ARTICLE.URL.eq(url));
        }
        return db.select(ARTICLE.ID).from(ARTICLE).where(same).orderBy(ARTICLE.ID).limit(1).fetchOptional(ARTICLE.ID);
    }

    public int count(ArticleFilter filter) {
        return db.fetchCount(db.selectFrom(ARTICLE).where(condition(filter)));
    }

    public int countAll() {
        return db.fetchCount(ARTICLE);
    }

    /** One page of articles, newest first (undated last), then by id: a stable order for paging. */
    public List<ArticleSummary> findPage(ArticleFilter filter, int offset, int limit) {
        return db.select(ARTICLE.ID, ARTICLE.TITLE, OUTLET.NAME, ARTICLE.URL, ARTICLE.PUBLISHED_AT, ARTICLE.WORD_COUNT, ARTICLE.FLAGS)
                .from(ARTICLE)
                .leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .where(condition(filter))
                .orderBy(order(filter))
                .offset(offset)
                .limit(limit)
                .fetch(r -> new ArticleSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), flags(r.value7())));
    }

    public List<ArticleSummary> findByIds(List<Long> ids) {
        return db.select(ARTICLE.ID, ARTICLE.TITLE, OUTLET.NAME, ARTICLE.URL, ARTICLE.PUBLISHED_AT, ARTICLE.WORD_COUNT, ARTICLE.FLAGS)
                .from(ARTICLE)
                .leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .where(ARTICLE.ID.in(ids))
                .orderBy(ARTICLE.ID)
                .fetch(r -> new ArticleSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), flags(r.value7())));
    }

    public Optional<ArticleDetail> findById(long id) {
        return db.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.OUTLET_ID, OUTLET.NAME, ARTICLE.OUTLET_EVIDENCE, ARTICLE.OUTLET_SNIPPET,
                        ARTICLE.UPSTREAM_SOURCE, ARTICLE.URL, ARTICLE.BYLINE, ARTICLE.PUBLISHED_AT, ARTICLE.PUBLISHED_ZONE,
                        ARTICLE.LANGUAGE, ARTICLE.BODY, ARTICLE.WORD_COUNT, ARTICLE.FLAGS, ARTICLE.IMPORT_BATCH_ID, ARTICLE.SOURCE_RECORD,
                        APP_USER.USERNAME, ARTICLE.OUTLET_SET_AT)
                .from(ARTICLE)
                .leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(ARTICLE.OUTLET_SET_BY))
                .where(ARTICLE.ID.eq(id))
                .fetchOptional(r -> new ArticleDetail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14(),
                        flags(r.value15()), r.value16(), r.value17(), r.value18(), r.value19()));
    }

    /** The evidence recorded for an outlet set by hand. */
    public static final String MANUAL_EVIDENCE = "MANUAL";

    /**
     * Sets the outlet of these articles by hand: the outlet, {@link #MANUAL_EVIDENCE} with no snippet, who and when;
     * the {@link ArticleFlag#NO_OUTLET} flag goes. Ids of articles that do not exist are ignored.
     *
     * @return the ids of the articles changed, ascending
     */
    public List<Long> setOutlet(java.util.Collection<Long> articleIds, long outletId, long userId, OffsetDateTime at) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return db.update(ARTICLE)
                .set(ARTICLE.OUTLET_ID, outletId)
                .set(ARTICLE.OUTLET_EVIDENCE, MANUAL_EVIDENCE)
                .set(ARTICLE.OUTLET_SNIPPET, (String) null)
                .set(ARTICLE.OUTLET_SET_BY, userId)
                .set(ARTICLE.OUTLET_SET_AT, at)
                .set(ARTICLE.FLAGS, DSL.field("array_remove({0}, {1}::text)", String[].class, ARTICLE.FLAGS,
                        DSL.val(ArticleFlag.NO_OUTLET.name())))
                .where(ARTICLE.ID.eq(DSL.any(DSL.val(articleIds.toArray(Long[]::new)))))
                .returningResult(ARTICLE.ID)
                .fetch(r -> r.value1())
                .stream().sorted().toList();
    }

    /** The earlier article an article nearly duplicates, with their shingle Jaccard similarity. */
    public record NearDuplicate(long id, double similarity) {}

    public Optional<NearDuplicate> nearDuplicateOf(long articleId) {
        return db.select(ARTICLE.NEAR_DUPLICATE_OF, ARTICLE.NEAR_DUPLICATE_SIMILARITY).from(ARTICLE)
                .where(ARTICLE.ID.eq(articleId)).and(ARTICLE.NEAR_DUPLICATE_OF.isNotNull())
                .fetchOptional(r -> new NearDuplicate(r.value1(), r.value2()));
    }

    /** {@link #nearDuplicateOf} for many articles in one query: only those that nearly duplicate another. */
    public java.util.Map<Long, NearDuplicate> nearDuplicatesOf(java.util.Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return java.util.Map.of();
        }
        return db.select(ARTICLE.ID, ARTICLE.NEAR_DUPLICATE_OF, ARTICLE.NEAR_DUPLICATE_SIMILARITY).from(ARTICLE)
                .where(ARTICLE.ID.eq(DSL.any(DSL.val(articleIds.toArray(Long[]::new))))).and(ARTICLE.NEAR_DUPLICATE_OF.isNotNull())
                .fetchMap(r -> r.value1(), r -> new NearDuplicate(r.value2(), r.value3()));
    }

    /** Title and body of an article. */
    public record Text(long id, String title, String body) {}

    /** Articles that have no derived features yet (stored before they existed), oldest first. */
    public List<Text> withoutFeatures(int limit) {
        return db.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.BODY).from(ARTICLE)
                .where(DSL.notExists(DSL.selectOne().from(org.parallax.db.Tables.ARTICLE_TERMS)
                        .where(org.parallax.db.Tables.ARTICLE_TERMS.ARTICLE_ID.eq(ARTICLE.ID))))
                .orderBy(ARTICLE.ID).limit(limit)
                .fetch(r -> new Text(r.value1(), r.value2(), r.value3()));
    }

    private static Condition condition(ArticleFilter filter) {
        Condition c = DSL.noCondition();
        if (filter.outletId() != null) {
            c = c.and(ARTICLE.OUTLET_ID.eq(filter.outletId()));
        }
        if (filter.withoutOutlet()) {
            c = c.and(ARTICLE.OUTLET_ID.isNull());
        }
        if (filter.importBatchId() != null) {
            c = c.and(ARTICLE.IMPORT_BATCH_ID.eq(filter.importBatchId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String needle = filter.text().strip();
            // the words (full-text, stemmed, through the GIN index), or the text as typed in the title (part of a
            // word); not as typed in the body, which would read every body of the corpus for each search
            c = c.and(matchesWords(needle).or(ARTICLE.TITLE.containsIgnoreCase(needle)));
        }
        return c;
    }

    /** Best full-text match first when searching words, then newest first (undated last), then by id. */
    private static List<org.jooq.SortField<?>> order(ArticleFilter filter) {
        List<org.jooq.SortField<?>> order = new java.util.ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            order.add(wordRank(filter.text().strip()).desc());
        }
        order.add(ARTICLE.PUBLISHED_AT.desc().nullsLast());
        order.add(ARTICLE.ID.desc());
        return order;
    }

    /**
     * The article's words as PostgreSQL indexes them (migration V20, index {@code article_search_idx}):
     * the English-stemmed title with weight A and body with weight B. The expression must stay
     * exactly the index's for PostgreSQL to use the index.
     */
    private static final String DOCUMENT = "(setweight(to_tsvector('english'::regconfig, coalesce({0}, '')), 'A')"
            + " || setweight(to_tsvector('english'::regconfig, coalesce({1}, '')), 'B'))";

    /**
     * The user's words as a query: {@code websearch_to_tsquery('english', …)}, which accepts any
     * text (quoted phrases, {@code or}, {@code -word}; other punctuation is ignored) and never fails.
     * The words are a bound parameter, never SQL.
     */
    private static Field<Object> query(String words) {
        return DSL.field("websearch_to_tsquery('english'::regconfig, {0})", Object.class, DSL.val(words));
    }

    /** The article's title or body holds the words (after English stemming; stop words ignored). */
    public static Condition matchesWords(String words) {
        return DSL.condition(DOCUMENT + " @@ {2}", ARTICLE.TITLE, ARTICLE.BODY, query(words));
    }

    /**
     * How well the article matches the words: PostgreSQL's cover-density rank {@code ts_rank_cd}
     * (Clarke, Cormack &amp; Tudhope, "Relevance ranking for one to three term queries", 2000) with
     * title words weighing 1.0 and body words 0.4 (PostgreSQL's default weights for A and B), divided
     * by 1 + log(document length) (normalisation 1) so long articles do not win by length alone.
     * 0 when it does not match.
     */
    public static Field<Float> wordRank(String words) {
        return DSL.field("ts_rank_cd(" + DOCUMENT + ", {2}, 1)", Float.class, ARTICLE.TITLE, ARTICLE.BODY, query(words));
    }

    private static Set<ArticleFlag> flags(String @Nullable [] names) {
        if (names == null || names.length == 0) {
            return Set.of();
        }
        EnumSet<ArticleFlag> set = EnumSet.noneOf(ArticleFlag.class);
        Arrays.stream(names).map(ArticleFlag::valueOf).forEach(set::add);
        return set;
    }
}
