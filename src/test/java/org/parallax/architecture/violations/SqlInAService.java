package org.parallax.architecture.violations;

import org.jooq.DSLContext;

/** A deliberate violation for ArchitectureTest: a service that uses jOOQ directly. */
class SqlInAService {
    int count(DSLContext db) {
        return db.fetchCount(org.parallax.db.Tables.ARTICLE);
    }
}
