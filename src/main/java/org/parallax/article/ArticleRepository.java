package org.parallax.article;

import static org.parallax.db.Tables.ARTICLE;
import static org.parallax.db.Tables.OUTLET;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
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
        return db.insertInto(ARTICLE)
                .set(ARTICLE.TITLE, a.title())
                .set(ARTICLE.OUTLET_ID, a.outletId())
                .set(ARTICLE.OUTLET_EVIDENCE, a.outletEvidence())
                .set(ARTICLE.OUTLET_SNIPPET, a.outletSnippet())
                .set(ARTICLE.UPSTREAM_SOURCE, a.upstreamSource())
                .set(ARTICLE.URL, a.url())
                .set(ARTICLE.BYLINE, a.byline())
                .set(ARTICLE.PUBLISHED_AT, a.publishedAt())
                .set(ARTICLE.PUBLISHED_ZONE, a.publishedZone())
                .set(ARTICLE.LANGUAGE, a.language())
                .set(ARTICLE.BODY, a.body())
                .set(ARTICLE.WORD_COUNT, a.wordCount())
                .set(ARTICLE.CONTENT_HASH, a.contentHash())
                .set(ARTICLE.FLAGS, a.flags().stream().map(Enum::name).sorted().toArray(String[]::new))
                .set(ARTICLE.IMPORT_BATCH_ID, a.importBatchId())
                .set(ARTICLE.SOURCE_RECORD, a.sourceRecord())
                .set(ARTICLE.CREATED_BY, a.createdBy())
                .onConflictDoNothing()
                .returning(ARTICLE.ID)
                .fetchOptional(ARTICLE.ID);
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
                .orderBy(ARTICLE.PUBLISHED_AT.desc().nullsLast(), ARTICLE.ID.desc())
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
                        ARTICLE.LANGUAGE, ARTICLE.BODY, ARTICLE.WORD_COUNT, ARTICLE.FLAGS, ARTICLE.IMPORT_BATCH_ID, ARTICLE.SOURCE_RECORD)
                .from(ARTICLE)
                .leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .where(ARTICLE.ID.eq(id))
                .fetchOptional(r -> new ArticleDetail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14(),
                        flags(r.value15()), r.value16(), r.value17()));
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
        if (filter.importBatchId() != null) {
            c = c.and(ARTICLE.IMPORT_BATCH_ID.eq(filter.importBatchId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String needle = filter.text().strip();
            c = c.and(ARTICLE.TITLE.containsIgnoreCase(needle).or(ARTICLE.BODY.containsIgnoreCase(needle)));
        }
        return c;
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
