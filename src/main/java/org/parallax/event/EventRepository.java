package org.parallax.event;

import static org.parallax.db.Tables.APP_SETTING;
import static org.parallax.db.Tables.APP_USER;
import static org.parallax.db.Tables.ARTICLE;
import static org.parallax.db.Tables.EVENT;
import static org.parallax.db.Tables.EVENT_CHANGE;
import static org.parallax.db.Tables.EVENT_MEMBER;
import static org.parallax.db.Tables.OUTLET;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleRepository;
import org.springframework.stereotype.Repository;

/** Events, their members and their change history. */
@Repository
class EventRepository {

    private final DSLContext db;

    EventRepository(DSLContext db) {
        this.db = db;
    }

    long createEvent(String title, long userId) {
        return db.insertInto(EVENT).set(EVENT.TITLE, title).set(EVENT.CREATED_BY, userId)
                .returning(EVENT.ID).fetchSingle(EVENT.ID);
    }

    /**
     * Creates the event an article founds, already holding its figures (one member: this article's
     * headline, time and a count of 1); the membership row is added with {@link #addMember}.
     */
    long createEventFor(long articleId, long userId) {
        return db.insertInto(EVENT, EVENT.TITLE, EVENT.CREATED_BY, EVENT.ARTICLE_COUNT, EVENT.FIRST_PUBLISHED, EVENT.LAST_PUBLISHED)
                .select(DSL.select(ARTICLE.TITLE, DSL.val(userId), DSL.inline(1), ARTICLE.PUBLISHED_AT, ARTICLE.PUBLISHED_AT)
                        .from(ARTICLE).where(ARTICLE.ID.eq(articleId)))
                .returning(EVENT.ID).fetchSingle(EVENT.ID);
    }

    void addMember(long articleId, long eventId, double similarity, boolean manual, long userId) {
        memberInsert(articleId, eventId, similarity, manual, userId).execute();
    }

    /** {@link #addMember} (automatic) then {@link #refreshNonEmpty}. */
    void join(long articleId, long eventId, double similarity, long userId) {
        memberInsert(articleId, eventId, similarity, false, userId).execute();
        refreshNonEmpty(eventId);
    }

    private org.jooq.Query memberInsert(long articleId, long eventId, double similarity, boolean manual, long userId) {
        return db.insertInto(EVENT_MEMBER)
                .set(EVENT_MEMBER.ARTICLE_ID, articleId)
                .set(EVENT_MEMBER.EVENT_ID, eventId)
                .set(EVENT_MEMBER.SIMILARITY, similarity)
                .set(EVENT_MEMBER.MANUAL, manual)
                .set(EVENT_MEMBER.ASSIGNED_BY, userId)
                .onConflict(EVENT_MEMBER.ARTICLE_ID).doUpdate()
                .set(EVENT_MEMBER.EVENT_ID, eventId)
                .set(EVENT_MEMBER.SIMILARITY, similarity)
                .set(EVENT_MEMBER.MANUAL, manual)
                .set(EVENT_MEMBER.ASSIGNED_BY, userId)
                .set(EVENT_MEMBER.ASSIGNED_AT, DSL.currentOffsetDateTime());
    }

    /** Moves all members of {@code from} into {@code to}, marking them placed by hand. */
    void moveAllMembers(long from, long to, long userId) {
        db.update(EVENT_MEMBER).set(EVENT_MEMBER.EVENT_ID, to).set(EVENT_MEMBER.MANUAL, true)
                .set(EVENT_MEMBER.ASSIGNED_BY, userId).set(EVENT_MEMBER.ASSIGNED_AT, DSL.currentOffsetDateTime())
                .where(EVENT_MEMBER.EVENT_ID.eq(from)).execute();
    }

    void setPinned(long articleId, boolean pinned) {
        db.update(EVENT_MEMBER).set(EVENT_MEMBER.PINNED, pinned).where(EVENT_MEMBER.ARTICLE_ID.eq(articleId)).execute();
    }

    /** Marks every member of the event as placed by hand (a merge is a decision about all of them). */
    void markAllManual(long eventId, long userId) {
        db.update(EVENT_MEMBER).set(EVENT_MEMBER.MANUAL, true).set(EVENT_MEMBER.ASSIGNED_BY, userId)
                .where(EVENT_MEMBER.EVENT_ID.eq(eventId)).execute();
    }

    Optional<Long> eventOf(long articleId) {
        return db.select(EVENT_MEMBER.EVENT_ID).from(EVENT_MEMBER).where(EVENT_MEMBER.ARTICLE_ID.eq(articleId))
                .fetchOptional(EVENT_MEMBER.EVENT_ID);
    }

    boolean exists(long eventId) {
        return db.fetchExists(EVENT, EVENT.ID.eq(eventId));
    }

    List<Long> memberIds(long eventId) {
        return db.select(EVENT_MEMBER.ARTICLE_ID).from(EVENT_MEMBER).where(EVENT_MEMBER.EVENT_ID.eq(eventId))
                .orderBy(EVENT_MEMBER.ARTICLE_ID).fetch(EVENT_MEMBER.ARTICLE_ID);
    }

    void rename(long eventId, String title, boolean edited) {
        db.update(EVENT).set(EVENT.TITLE, title).set(EVENT.TITLE_EDITED, edited)
                .set(EVENT.UPDATED_AT, DSL.currentOffsetDateTime()).where(EVENT.ID.eq(eventId)).execute();
    }

    /**
     * Recomputes an event's article count and date span, and its generated title (the headline of
     * its most representative member) unless a user named it; deletes it when it has no members.
     */
    void refresh(long eventId) {
        refreshAll(List.of(eventId));
    }

    /** {@link #refresh} for many events in two statements: empty ones are deleted, the others recomputed. */
    void refreshAll(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Long[] ids = eventIds.stream().distinct().toArray(Long[]::new);
        db.deleteFrom(EVENT).where(EVENT.ID.eq(DSL.any(DSL.val(ids))))
                .andNotExists(DSL.selectOne().from(EVENT_MEMBER).where(EVENT_MEMBER.EVENT_ID.eq(EVENT.ID)))
                .execute();
        recompute(EVENT_MEMBER.EVENT_ID.eq(DSL.any(DSL.val(ids))));
    }

    /** {@link #refresh} of an event known to have members (one statement). */
    void refreshNonEmpty(long eventId) {
        recompute(EVENT_MEMBER.EVENT_ID.eq(eventId));
    }

    private void recompute(Condition members) {
        recomputeQuery(members).execute();
    }

    private org.jooq.Query recomputeQuery(Condition members) {
        var count = DSL.count().as("article_count");
        var first = DSL.min(ARTICLE.PUBLISHED_AT).as("first_published");
        var last = DSL.max(ARTICLE.PUBLISHED_AT).as("last_published");
        // the headline of the most representative member: highest similarity, then earliest, then lowest id
        var title = DSL.field("({0})[1]", String.class, DSL.arrayAgg(ARTICLE.TITLE)
                .orderBy(EVENT_MEMBER.SIMILARITY.desc(), ARTICLE.PUBLISHED_AT.asc().nullsLast(), ARTICLE.ID)).as("headline");
        var figures = DSL.select(EVENT_MEMBER.EVENT_ID, count, first, last, title)
                .from(EVENT_MEMBER).join(ARTICLE).on(ARTICLE.ID.eq(EVENT_MEMBER.ARTICLE_ID))
                .where(members).groupBy(EVENT_MEMBER.EVENT_ID).asTable("figures");
        return db.update(EVENT)
                .set(EVENT.ARTICLE_COUNT, figures.field(count))
                .set(EVENT.FIRST_PUBLISHED, figures.field(first))
                .set(EVENT.LAST_PUBLISHED, figures.field(last))
                .set(EVENT.TITLE, DSL.when(EVENT.TITLE_EDITED, EVENT.TITLE).otherwise(figures.field(title)))
                .set(EVENT.UPDATED_AT, DSL.currentOffsetDateTime())
                .from(figures)
                .where(EVENT.ID.eq(figures.field(EVENT_MEMBER.EVENT_ID)));
    }

    void logChange(@Nullable Long eventId, String action, String detail, long userId) {
        db.insertInto(EVENT_CHANGE).set(EVENT_CHANGE.EVENT_ID, eventId).set(EVENT_CHANGE.ACTION, action)
                .set(EVENT_CHANGE.DETAIL, detail).set(EVENT_CHANGE.CHANGED_BY, userId).execute();
    }

    List<EventChangeEntry> history(long eventId) {
        return db.select(EVENT_CHANGE.ACTION, EVENT_CHANGE.DETAIL, EVENT_CHANGE.CHANGED_AT, APP_USER.DISPLAY_NAME)
                .from(EVENT_CHANGE).join(APP_USER).on(APP_USER.ID.eq(EVENT_CHANGE.CHANGED_BY))
                .where(EVENT_CHANGE.EVENT_ID.eq(eventId)).orderBy(EVENT_CHANGE.ID.desc())
                .fetch(r -> new EventChangeEntry(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Head of one event: title, edited flag, date span; members come from {@link #members}. */
    Optional<EventHead> head(long eventId) {
        return db.select(EVENT.ID, EVENT.TITLE, EVENT.TITLE_EDITED, EVENT.FIRST_PUBLISHED, EVENT.LAST_PUBLISHED)
                .from(EVENT).where(EVENT.ID.eq(eventId))
                .fetchOptional(r -> new EventHead(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    record EventHead(long id, String title, boolean titleEdited, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {}

    /** An event member with what the event page shows of its article. */
    record Member(long articleId, String title, @Nullable String outlet, @Nullable OffsetDateTime publishedAt, int wordCount,
                  String body, double similarity, boolean pinned, boolean manual) {}

    List<Member> members(long eventId) {
        return db.select(ARTICLE.ID, ARTICLE.TITLE, OUTLET.NAME, ARTICLE.PUBLISHED_AT, ARTICLE.WORD_COUNT, ARTICLE.BODY,
                        EVENT_MEMBER.SIMILARITY, EVENT_MEMBER.PINNED, EVENT_MEMBER.MANUAL)
                .from(EVENT_MEMBER).join(ARTICLE).on(ARTICLE.ID.eq(EVENT_MEMBER.ARTICLE_ID))
                .leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .where(EVENT_MEMBER.EVENT_ID.eq(eventId))
                .orderBy(ARTICLE.PUBLISHED_AT.asc().nullsLast(), ARTICLE.ID)
                .fetch(r -> new Member(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9()));
    }

    int count(EventFilter filter) {
        return db.fetchCount(db.select(EVENT.ID).from(EVENT).where(condition(filter)));
    }

    List<EventSummary> list(EventFilter filter, int offset, int limit) {
        Field<String[]> outlets = DSL.field(DSL.select(DSL.arrayAggDistinct(OUTLET.NAME))
                .from(EVENT_MEMBER).join(ARTICLE).on(ARTICLE.ID.eq(EVENT_MEMBER.ARTICLE_ID))
                .join(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .where(EVENT_MEMBER.EVENT_ID.eq(EVENT.ID)));
        Field<Long[]> articles = DSL.field(DSL.select(DSL.arrayAgg(EVENT_MEMBER.ARTICLE_ID).orderBy(EVENT_MEMBER.ARTICLE_ID))
                .from(EVENT_MEMBER).where(EVENT_MEMBER.EVENT_ID.eq(EVENT.ID)));
        String words = searchWords(filter);
        Field<Float> rank = DSL.inline(0f);
        Field<String> matched = DSL.inline((String) null, String.class);
        if (words != null) {
            // the event's best-matching article: its rank orders the list, its headline shows what matched
            Field<Float> articleRank = ArticleRepository.wordRank(words);
            var best = DSL.select(articleRank.as("rank"), ARTICLE.TITLE.as("headline"))
                    .from(EVENT_MEMBER).join(ARTICLE).on(ARTICLE.ID.eq(EVENT_MEMBER.ARTICLE_ID))
                    .where(EVENT_MEMBER.EVENT_ID.eq(EVENT.ID)).and(articleMatches(words))
                    .orderBy(articleRank.desc(), ARTICLE.ID).limit(1);
            rank = DSL.field(DSL.select(DSL.field(DSL.name("b", "rank"), Float.class)).from(best.asTable("b")));
            matched = DSL.field(DSL.select(DSL.field(DSL.name("b", "headline"), String.class)).from(best.asTable("b")));
        }
        var bestRank = DSL.coalesce(rank, DSL.inline(0f)).as("best_rank");
        return db.select(EVENT.ID, EVENT.TITLE, EVENT.FIRST_PUBLISHED, EVENT.LAST_PUBLISHED, EVENT.ARTICLE_COUNT, outlets, articles,
                        bestRank, matched)
                .from(EVENT)
                .where(condition(filter))
                .orderBy(DSL.field(DSL.name("best_rank")).desc(), EVENT.LAST_PUBLISHED.desc().nullsLast(), EVENT.ARTICLE_COUNT.desc(),
                        EVENT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new EventSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? List.of() : List.of(r.value6()), r.value7() == null ? List.of() : List.of(r.value7()),
                        r.value9()));
    }

    private static @Nullable String searchWords(EventFilter f) {
        return f.text() == null || f.text().isBlank() ? null : f.text().strip();
    }

    /** An article matches the search: its words (full-text) or its title holds the text as typed. */
    private static Condition articleMatches(String words) {
        return ArticleRepository.matchesWords(words).or(ARTICLE.TITLE.containsIgnoreCase(words));
    }

    private static Condition condition(EventFilter f) {
        Condition c = EVENT.ARTICLE_COUNT.ge(Math.max(1, f.minArticles()));
        String words = searchWords(f);
        if (words != null) {
            // the event's title holds the text, or one of its articles matches (see articleMatches)
            c = c.and(EVENT.TITLE.containsIgnoreCase(words).or(EVENT.ID.in(DSL.select(EVENT_MEMBER.EVENT_ID).from(EVENT_MEMBER)
                    .join(ARTICLE).on(ARTICLE.ID.eq(EVENT_MEMBER.ARTICLE_ID))
                    .where(articleMatches(words)))));
        }
        if (f.outletId() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(EVENT_MEMBER).join(ARTICLE).on(ARTICLE.ID.eq(EVENT_MEMBER.ARTICLE_ID))
                    .where(EVENT_MEMBER.EVENT_ID.eq(EVENT.ID)).and(ARTICLE.OUTLET_ID.eq(f.outletId()))));
        }
        if (f.from() != null) {
            c = c.and(EVENT.LAST_PUBLISHED.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(EVENT.FIRST_PUBLISHED.le(f.to()));
        }
        return c;
    }

    /** Articles a regrouping may move: in the time range (all when open), neither pinned nor placed by hand. */
    List<Long> movableArticles(@Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        Condition c = kept().not();
        if (from != null) {
            c = c.and(ARTICLE.PUBLISHED_AT.ge(from));
        }
        if (to != null) {
            c = c.and(ARTICLE.PUBLISHED_AT.le(to));
        }
        return db.select(ARTICLE.ID).from(ARTICLE).join(EVENT_MEMBER).on(EVENT_MEMBER.ARTICLE_ID.eq(ARTICLE.ID))
                .join(EVENT).on(EVENT.ID.eq(EVENT_MEMBER.EVENT_ID))
                .where(c).orderBy(ARTICLE.PUBLISHED_AT.asc().nullsFirst(), ARTICLE.ID).fetch(ARTICLE.ID);
    }

    /**
     * The memberships automatic regrouping keeps (over event_member joined to event): pinned
     * articles, articles placed by hand, and every article of an event a user named (naming an
     * event is a decision about what it holds).
     */
    private static Condition kept() {
        return EVENT_MEMBER.PINNED.isTrue().or(EVENT_MEMBER.MANUAL.isTrue()).or(EVENT.TITLE_EDITED.isTrue());
    }

    /** Takes the articles out of their events; answers the events they left. */
    List<Long> unassign(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return db.deleteFrom(EVENT_MEMBER).where(EVENT_MEMBER.ARTICLE_ID.eq(DSL.any(DSL.val(articleIds.toArray(Long[]::new)))))
                .returning(EVENT_MEMBER.EVENT_ID).fetch(EVENT_MEMBER.EVENT_ID).stream().distinct().toList();
    }

    /** How many articles automatic regrouping keeps where they are (see {@link #kept}). */
    int countPinnedOrManual() {
        return db.fetchCount(DSL.selectOne().from(EVENT_MEMBER).join(EVENT).on(EVENT.ID.eq(EVENT_MEMBER.EVENT_ID)).where(kept()));
    }

    int countEvents() {
        return db.fetchCount(EVENT);
    }

    /** Those of the articles that are in an event. */
    java.util.Set<Long> grouped(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(db.select(EVENT_MEMBER.ARTICLE_ID).from(EVENT_MEMBER)
                .where(EVENT_MEMBER.ARTICLE_ID.eq(DSL.any(DSL.val(articleIds.toArray(Long[]::new)))))
                .fetch(EVENT_MEMBER.ARTICLE_ID));
    }

    /**
     * Puts right every event that is empty or whose stored article count is not its number of members:
     * deletes the empty ones, recomputes the others ({@link #refreshAll}); answers how many there were.
     * (Two statements over event and event_member; a correct corpus has none.)
     */
    int repairCounts() {
        var members = DSL.select(EVENT_MEMBER.EVENT_ID, DSL.count().as("n")).from(EVENT_MEMBER)
                .groupBy(EVENT_MEMBER.EVENT_ID).asTable("members");
        var n = members.field("n", Integer.class);
        List<Long> wrong = db.select(EVENT.ID).from(EVENT).leftJoin(members).on(members.field(EVENT_MEMBER.EVENT_ID).eq(EVENT.ID))
                .where(n.isNull().or(n.ne(EVENT.ARTICLE_COUNT)))
                .fetch(EVENT.ID);
        refreshAll(wrong);
        return wrong.size();
    }

    /** Articles stored without an event (e.g. imported before grouping existed), oldest first. */
    List<Long> ungroupedArticles(int limit) {
        return db.select(ARTICLE.ID).from(ARTICLE)
                .where(DSL.notExists(DSL.selectOne().from(EVENT_MEMBER).where(EVENT_MEMBER.ARTICLE_ID.eq(ARTICLE.ID))))
                .orderBy(ARTICLE.PUBLISHED_AT.asc().nullsFirst(), ARTICLE.ID).limit(limit).fetch(ARTICLE.ID);
    }

    Optional<String> setting(String name) {
        return db.select(APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(name)).fetchOptional(APP_SETTING.VALUE);
    }

    void saveSetting(String name, String value, long userId) {
        db.insertInto(APP_SETTING).set(APP_SETTING.NAME, name).set(APP_SETTING.VALUE, value).set(APP_SETTING.UPDATED_BY, userId)
                .onConflict(APP_SETTING.NAME).doUpdate().set(APP_SETTING.VALUE, value).set(APP_SETTING.UPDATED_BY, userId)
                .set(APP_SETTING.UPDATED_AT, DSL.currentOffsetDateTime()).execute();
    }
}
