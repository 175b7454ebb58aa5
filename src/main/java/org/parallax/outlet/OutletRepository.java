package org.parallax.outlet;

import static org.parallax.db.Tables.ARTICLE;
import static org.parallax.db.Tables.OUTLET;
import static org.parallax.db.Tables.OUTLET_ALIAS;
import static org.parallax.db.Tables.OUTLET_RATING;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class OutletRepository {

    private static final Pattern HOST = Pattern.compile("(?i)^[a-z0-9-]+(\\.[a-z0-9-]+)+$");

    private final DSLContext db;

    OutletRepository(DSLContext db) {
        this.db = db;
    }

    /** The identity key of a name as found in input: a host name ("www.example.org") or an outlet name. */
    static String keyOf(String name) {
        String display = OutletNames.display(name);
        return HOST.matcher(display).matches() ? OutletNames.hostKey(display) : OutletNames.key(display);
    }

    /** The id of the outlet with this name or alias, creating the outlet when none exists. */
    public long findOrCreate(String name) {
        String display = OutletNames.display(name);
        String key = keyOf(display);
        Optional<Long> existing = findIdByKey(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        db.insertInto(OUTLET, OUTLET.NAME, OUTLET.NAME_KEY)
                .values(display, key)
                .onConflict(OUTLET.NAME_KEY)
                .doNothing()
                .execute();
        return findIdByKey(key).orElseThrow();
    }

    public Optional<Long> findIdByName(String name) {
        return findIdByKey(keyOf(name));
    }

    Optional<Long> findIdByKey(String key) {
        return db.select(OUTLET.ID).from(OUTLET).where(OUTLET.NAME_KEY.eq(key))
                .unionAll(DSL.select(OUTLET_ALIAS.OUTLET_ID).from(OUTLET_ALIAS).where(OUTLET_ALIAS.ALIAS_KEY.eq(key)))
                .limit(1)
                .fetchOptional(r -> r.value1());
    }

    /** All outlets by name, each with its number of articles. */
    public List<Outlet> findAll() {
        var count = DSL.field(DSL.selectCount().from(ARTICLE).where(ARTICLE.OUTLET_ID.eq(OUTLET.ID))).as("article_count");
        return db.select(OUTLET.ID, OUTLET.NAME, OUTLET.HOMEPAGE, OUTLET.COUNTRY, OUTLET.LANGUAGE, OUTLET.OWNERSHIP, count)
                .from(OUTLET)
                .orderBy(OUTLET.NAME_KEY)
                .fetch(Records.mapping(Outlet::new));
    }

    public Optional<OutletDetails> findDetails(long id) {
        var aliases = DSL.multiset(DSL.select(OUTLET_ALIAS.ALIAS_KEY).from(OUTLET_ALIAS)
                .where(OUTLET_ALIAS.OUTLET_ID.eq(OUTLET.ID)).orderBy(OUTLET_ALIAS.ALIAS_KEY)).convertFrom(r -> r.map(x -> x.value1()));
        var ratings = DSL.multiset(DSL.select(OUTLET_RATING.ID, OUTLET_RATING.SOURCE, OUTLET_RATING.RATING, OUTLET_RATING.RATED_ON, OUTLET_RATING.NOTE)
                .from(OUTLET_RATING).where(OUTLET_RATING.OUTLET_ID.eq(OUTLET.ID)).orderBy(OUTLET_RATING.ID))
                .convertFrom(r -> r.map(Records.mapping(OutletRating::new)));
        var count = DSL.field(DSL.selectCount().from(ARTICLE).where(ARTICLE.OUTLET_ID.eq(OUTLET.ID)));
        return db.select(OUTLET.ID, OUTLET.NAME, OUTLET.HOMEPAGE, OUTLET.COUNTRY, OUTLET.LANGUAGE, OUTLET.OWNERSHIP, aliases, ratings, count)
                .from(OUTLET)
                .where(OUTLET.ID.eq(id))
                .fetchOptional(r -> new OutletDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Ownership.fromKey(r.value6()), r.value7(), r.value8(), r.value9()));
    }

    void update(long id, OutletMetadata m, String nameKey, long userId, OffsetDateTime at) {
        db.update(OUTLET)
                .set(OUTLET.NAME, m.name())
                .set(OUTLET.NAME_KEY, nameKey)
                .set(OUTLET.HOMEPAGE, m.homepage())
                .set(OUTLET.COUNTRY, m.country())
                .set(OUTLET.LANGUAGE, m.language())
                .set(OUTLET.OWNERSHIP, m.ownership() == null ? null : m.ownership().key())
                .set(OUTLET.UPDATED_AT, at)
                .set(OUTLET.UPDATED_BY, userId)
                .where(OUTLET.ID.eq(id))
                .execute();
    }

    /** Makes {@code aliasKey} resolve to the outlet, unless it is already some outlet's own key. */
    void addAlias(long outletId, String aliasKey) {
        if (aliasKey.isBlank() || db.fetchExists(OUTLET, OUTLET.NAME_KEY.eq(aliasKey))) {
            return;
        }
        db.insertInto(OUTLET_ALIAS, OUTLET_ALIAS.ALIAS_KEY, OUTLET_ALIAS.OUTLET_ID)
                .values(aliasKey, outletId)
                .onConflict(OUTLET_ALIAS.ALIAS_KEY).doUpdate().set(OUTLET_ALIAS.OUTLET_ID, outletId)
                .execute();
    }

    void removeAlias(String aliasKey) {
        db.deleteFrom(OUTLET_ALIAS).where(OUTLET_ALIAS.ALIAS_KEY.eq(aliasKey)).execute();
    }

    @Nullable String nameKey(long id) {
        return db.select(OUTLET.NAME_KEY).from(OUTLET).where(OUTLET.ID.eq(id)).fetchOne(OUTLET.NAME_KEY);
    }

    /** Moves everything of {@code source} to {@code target} and deletes {@code source}. */
    void merge(long source, long target, long userId, OffsetDateTime at) {
        String sourceKey = nameKey(source);
        db.update(ARTICLE).set(ARTICLE.OUTLET_ID, target).where(ARTICLE.OUTLET_ID.eq(source)).execute();
        db.update(OUTLET_RATING).set(OUTLET_RATING.OUTLET_ID, target).where(OUTLET_RATING.OUTLET_ID.eq(source)).execute();
        db.update(OUTLET_ALIAS).set(OUTLET_ALIAS.OUTLET_ID, target).where(OUTLET_ALIAS.OUTLET_ID.eq(source)).execute();
        db.deleteFrom(OUTLET).where(OUTLET.ID.eq(source)).execute();
        if (sourceKey != null) {
            addAlias(target, sourceKey);
        }
        db.update(OUTLET).set(OUTLET.UPDATED_AT, at).set(OUTLET.UPDATED_BY, userId).where(OUTLET.ID.eq(target)).execute();
    }

    long addRating(long outletId, String source, String rating, @Nullable LocalDate ratedOn, @Nullable String note, long userId) {
        return db.insertInto(OUTLET_RATING)
                .set(OUTLET_RATING.OUTLET_ID, outletId)
                .set(OUTLET_RATING.SOURCE, source)
                .set(OUTLET_RATING.RATING, rating)
                .set(OUTLET_RATING.RATED_ON, ratedOn)
                .set(OUTLET_RATING.NOTE, note)
                .set(OUTLET_RATING.CREATED_BY, userId)
                .returning(OUTLET_RATING.ID)
                .fetchSingle(OUTLET_RATING.ID);
    }

    boolean removeRating(long outletId, long ratingId) {
        return db.deleteFrom(OUTLET_RATING).where(OUTLET_RATING.ID.eq(ratingId).and(OUTLET_RATING.OUTLET_ID.eq(outletId))).execute() > 0;
    }
}
