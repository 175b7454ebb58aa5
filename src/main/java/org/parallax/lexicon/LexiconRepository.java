package org.parallax.lexicon;

import static org.parallax.db.Tables.APP_SETTING;
import static org.parallax.db.Tables.LEXICON;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.parallax.text.compare.Lexicon;
import org.springframework.stereotype.Repository;

/** Stored lexicons: one row per lexicon, its content as the JSON of {@link Lexicon}. */
@Repository
public class LexiconRepository {

    /**
     * What identifies the table's state: the number of rows, the sum of their ids and the latest
     * change. Every insert, update (which sets {@code updated_at}) and delete changes it, so a
     * cache keyed by it sees every change, including ones made outside this process.
     */
    public record Fingerprint(int rows, long idSum, OffsetDateTime latest) {}

    private final DSLContext db;

    LexiconRepository(DSLContext db) {
        this.db = db;
    }

    /** Every lexicon, oldest first (the order their entries take when merged). */
    public List<StoredLexicon> findAll() {
        return db.select(LEXICON.NAME, LEXICON.DEFINITION, LEXICON.ENABLED, LEXICON.UPDATED_AT)
                .from(LEXICON).orderBy(LEXICON.ID)
                .fetch(r -> stored(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The enabled lexicons, oldest first. */
    public List<Lexicon> findEnabled() {
        return db.select(LEXICON.NAME, LEXICON.DEFINITION).from(LEXICON)
                .where(LEXICON.ENABLED.isTrue()).orderBy(LEXICON.ID)
                .fetch(r -> withName(Lexicon.fromJson(r.value2()), r.value1()));
    }

    public Optional<StoredLexicon> find(String name) {
        return db.select(LEXICON.NAME, LEXICON.DEFINITION, LEXICON.ENABLED, LEXICON.UPDATED_AT)
                .from(LEXICON).where(LEXICON.NAME.eq(name))
                .fetchOptional(r -> stored(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public int count() {
        return db.fetchCount(LEXICON);
    }

    public Fingerprint fingerprint() {
        Record3<Integer, java.math.BigDecimal, OffsetDateTime> r = db.select(DSL.count(), DSL.sum(LEXICON.ID), DSL.max(LEXICON.UPDATED_AT))
                .from(LEXICON).fetchOne();
        return new Fingerprint(r.value1(), r.value2() == null ? 0 : r.value2().longValue(),
                r.value3() == null ? OffsetDateTime.MIN : r.value3());
    }

    /**
     * Inserts the lexicon, or replaces the content of the one with the same name.
     *
     * @param enabled the setting to store; null keeps a stored lexicon's setting (a new one is enabled)
     */
    public void upsert(Lexicon lexicon, @Nullable Boolean enabled, long userId, OffsetDateTime now) {
        boolean on = enabled == null || enabled;
        var insert = db.insertInto(LEXICON)
                .set(LEXICON.NAME, lexicon.name())
                .set(LEXICON.DEFINITION, lexicon.toJson())
                .set(LEXICON.ENABLED, on)
                .set(LEXICON.OWNER_ID, userId)
                .set(LEXICON.CREATED_AT, now)
                .set(LEXICON.UPDATED_AT, now)
                .set(LEXICON.UPDATED_BY, userId)
                .onConflict(LEXICON.NAME).doUpdate()
                .set(LEXICON.DEFINITION, lexicon.toJson())
                .set(LEXICON.UPDATED_AT, now)
                .set(LEXICON.UPDATED_BY, userId);
        if (enabled != null) {
            insert.set(LEXICON.ENABLED, enabled).execute();
        } else {
            insert.execute();
        }
    }

    public boolean setEnabled(String name, boolean enabled, long userId, OffsetDateTime now) {
        return db.update(LEXICON).set(LEXICON.ENABLED, enabled).set(LEXICON.UPDATED_AT, now).set(LEXICON.UPDATED_BY, userId)
                .where(LEXICON.NAME.eq(name)).execute() > 0;
    }

    public boolean delete(String name) {
        return db.deleteFrom(LEXICON).where(LEXICON.NAME.eq(name)).execute() > 0;
    }

    /** A stored application setting (table {@code app_setting}), e.g. the version of the starter lexicon last applied. */
    public Optional<String> setting(String name) {
        return db.select(APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(name)).fetchOptional(APP_SETTING.VALUE);
    }

    public void saveSetting(String name, String value, long userId, OffsetDateTime now) {
        db.insertInto(APP_SETTING).set(APP_SETTING.NAME, name).set(APP_SETTING.VALUE, value).set(APP_SETTING.UPDATED_BY, userId)
                .set(APP_SETTING.UPDATED_AT, now)
                .onConflict(APP_SETTING.NAME).doUpdate().set(APP_SETTING.VALUE, value).set(APP_SETTING.UPDATED_BY, userId)
                .set(APP_SETTING.UPDATED_AT, now).execute();
    }

    private static StoredLexicon stored(String name, String definition, Boolean enabled, OffsetDateTime updatedAt) {
        return new StoredLexicon(withName(Lexicon.fromJson(definition), name), Boolean.TRUE.equals(enabled), updatedAt);
    }

    /** The stored name is the lexicon's name, whatever the JSON says. */
    private static Lexicon withName(Lexicon l, String name) {
        return l.name().equals(name) ? l : l.withName(name);
    }
}
