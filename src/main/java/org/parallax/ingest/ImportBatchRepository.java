package org.parallax.ingest;

import static org.parallax.db.Tables.ARTICLE;
import static org.parallax.db.Tables.IMPORT_BATCH;
import static org.parallax.db.Tables.IMPORT_ISSUE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class ImportBatchRepository {

    static final String REJECTED = "rejected";
    static final String WARNING = "warning";
    static final String DUPLICATE = "duplicate";
    /** An import's status while it runs. */
    static final String RUNNING = "running";
    /** The status of an import the application stopped in the middle of (see {@link #markInterrupted}). */
    public static final String INTERRUPTED = "interrupted";

    private final DSLContext db;

    ImportBatchRepository(DSLContext db) {
        this.db = db;
    }

    long create(String sourceName, ImportFormat format, long userId) {
        return db.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.SOURCE_NAME, sourceName)
                .set(IMPORT_BATCH.FORMAT, format.name())
                .set(IMPORT_BATCH.CREATED_BY, userId)
                .returning(IMPORT_BATCH.ID)
                .fetchSingle(IMPORT_BATCH.ID);
    }

    void addIssue(long batchId, String kind, RecordProblem problem) {
        db.insertInto(IMPORT_ISSUE, IMPORT_ISSUE.BATCH_ID, IMPORT_ISSUE.KIND, IMPORT_ISSUE.RECORD, IMPORT_ISSUE.MESSAGE)
                .values(batchId, kind, problem.record(), problem.message())
                .execute();
    }

    /** An issue of some kind ({@link #REJECTED}, {@link #WARNING}, {@link #DUPLICATE}) with a record. */
    record Issue(String kind, RecordProblem problem) {}

    /** Adds the issues in their order, in one statement. */
    void addIssues(long batchId, List<Issue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        var insert = db.insertInto(IMPORT_ISSUE, IMPORT_ISSUE.BATCH_ID, IMPORT_ISSUE.KIND, IMPORT_ISSUE.RECORD, IMPORT_ISSUE.MESSAGE);
        for (Issue i : issues) {
            insert = insert.values(batchId, i.kind(), i.problem().record(), i.problem().message());
        }
        insert.execute();
    }

    void finish(long batchId, String status, int created, int duplicates, int rejected, int warnings, OffsetDateTime at) {
        db.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.STATUS, status)
                .set(IMPORT_BATCH.CREATED_COUNT, created)
                .set(IMPORT_BATCH.DUPLICATE_COUNT, duplicates)
                .set(IMPORT_BATCH.REJECTED_COUNT, rejected)
                .set(IMPORT_BATCH.WARNING_COUNT, warnings)
                .set(IMPORT_BATCH.FINISHED_AT, at)
                .where(IMPORT_BATCH.ID.eq(batchId))
                .execute();
    }

    /** Writes a running import's counts so far (after each of its transactions), so that the history shows its progress. */
    void progress(long batchId, int created, int duplicates, int rejected, int warnings) {
        db.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.CREATED_COUNT, created)
                .set(IMPORT_BATCH.DUPLICATE_COUNT, duplicates)
                .set(IMPORT_BATCH.REJECTED_COUNT, rejected)
                .set(IMPORT_BATCH.WARNING_COUNT, warnings)
                .where(IMPORT_BATCH.ID.eq(batchId).and(IMPORT_BATCH.STATUS.eq(RUNNING)))
                .execute();
    }

    /**
     * Ends an import with {@code status} and the counts of what it really stored and reported: the
     * articles stored under it and the lines of its report (whatever the running counts said when
     * it stopped). Answers whether it was still running.
     */
    boolean settle(long batchId, String status, OffsetDateTime at) {
        return settle(IMPORT_BATCH.ID.eq(batchId).and(IMPORT_BATCH.STATUS.eq(RUNNING)), status, at).size() == 1;
    }

    /**
     * Marks every import still "running" as {@link #INTERRUPTED}, with the counts of what it really
     * stored and reported: at start-up, before any import can run, these are imports the application
     * stopped in the middle of. Answers their ids.
     */
    List<Long> markInterrupted(OffsetDateTime at) {
        return settle(IMPORT_BATCH.STATUS.eq(RUNNING), INTERRUPTED, at);
    }

    private List<Long> settle(org.jooq.Condition which, String status, OffsetDateTime at) {
        return db.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.STATUS, status)
                .set(IMPORT_BATCH.CREATED_COUNT, DSL.field(DSL.selectCount().from(ARTICLE)
                        .where(ARTICLE.IMPORT_BATCH_ID.eq(IMPORT_BATCH.ID))))
                .set(IMPORT_BATCH.DUPLICATE_COUNT, issueCount(DUPLICATE))
                .set(IMPORT_BATCH.REJECTED_COUNT, issueCount(REJECTED))
                .set(IMPORT_BATCH.WARNING_COUNT, issueCount(WARNING))
                .set(IMPORT_BATCH.FINISHED_AT, at)
                .where(which)
                .returning(IMPORT_BATCH.ID)
                .fetch(IMPORT_BATCH.ID);
    }

    private static org.jooq.Field<Integer> issueCount(String kind) {
        return DSL.field(DSL.selectCount().from(IMPORT_ISSUE)
                .where(IMPORT_ISSUE.BATCH_ID.eq(IMPORT_BATCH.ID).and(IMPORT_ISSUE.KIND.eq(kind))));
    }

    /** Records the charset(s) the import's text was read in. */
    void setCharset(long batchId, String charset) {
        db.update(IMPORT_BATCH).set(IMPORT_BATCH.CHARSET, charset).where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    public Optional<ImportReport> findReport(long batchId) {
        return db.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId)).fetchOptional().map(b -> {
            List<Long> articleIds = db.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.IMPORT_BATCH_ID.eq(batchId))
                    .orderBy(ARTICLE.ID).fetch(ARTICLE.ID);
            return new ImportReport(b.getId(), b.getSourceName(), b.getFormat(), b.getStatus(), b.getCreatedCount(),
                    b.getDuplicateCount(), issues(batchId, DUPLICATE), issues(batchId, REJECTED), issues(batchId, WARNING),
                    articleIds, b.getStartedAt(), b.getFinishedAt(), b.getCharset());
        });
    }

    /** The most recent imports first, without their issue lists. */
    public List<ImportSummary> findRecent(int limit) {
        return db.select(IMPORT_BATCH.ID, IMPORT_BATCH.SOURCE_NAME, IMPORT_BATCH.FORMAT, IMPORT_BATCH.STATUS,
                        IMPORT_BATCH.CREATED_COUNT, IMPORT_BATCH.DUPLICATE_COUNT, IMPORT_BATCH.REJECTED_COUNT,
                        IMPORT_BATCH.WARNING_COUNT, IMPORT_BATCH.STARTED_AT)
                .from(IMPORT_BATCH)
                .orderBy(IMPORT_BATCH.ID.desc())
                .limit(limit)
                .fetch(r -> new ImportSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    private List<RecordProblem> issues(long batchId, String kind) {
        return db.select(IMPORT_ISSUE.RECORD, IMPORT_ISSUE.MESSAGE)
                .from(IMPORT_ISSUE)
                .where(IMPORT_ISSUE.BATCH_ID.eq(batchId).and(IMPORT_ISSUE.KIND.eq(kind)))
                .orderBy(IMPORT_ISSUE.ID)
                .fetch(r -> new RecordProblem(r.value1(), r.value2()));
    }

    /** One import in the history list. */
    public record ImportSummary(long id, String sourceName, String format, String status, int created, int duplicates,
                                int rejected, int warnings, OffsetDateTime startedAt) {}
}
