package org.parallax.outlet;

import static org.parallax.db.Tables.ARTICLE;
import static org.parallax.db.Tables.OUTLET;
import static org.parallax.db.Tables.OUTLET_ALIAS;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class OutletRepository {

    private final DSLContext db;

    OutletRepository(DSLContext db) {
        this.db = db;
    }

    /** The id of the outlet with this name or alias, creating the outlet when none exists. */
    public long findOrCreate(String name) {
        String display = OutletNames.display(name);
        String key = OutletNames.key(display);
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
}
