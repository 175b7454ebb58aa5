package org.parallax.architecture.violations.ui;

import org.parallax.db.tables.records.ArticleRecord;

/** A deliberate violation for ArchitectureTest: a view holding a jOOQ record. */
class JooqInAView {
    ArticleRecord record;
}
