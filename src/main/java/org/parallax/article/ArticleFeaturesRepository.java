package org.parallax.article;

import static org.parallax.db.Tables.ARTICLE_ACTOR;
import static org.parallax.db.Tables.ARTICLE_SENTENCE;
import static org.parallax.db.Tables.ARTICLE_TERMS;
import static org.parallax.db.Tables.TERM_STAT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep5;
import org.jooq.impl.DSL;
import org.parallax.db.tables.records.ArticleSentenceRecord;
import org.parallax.text.Actor;
import org.parallax.text.Mention;
import org.parallax.text.Span;
import org.parallax.text.TermCounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Writes an article's derived text features, and keeps the corpus document frequencies up to date. */
@Repository
public class ArticleFeaturesRepository {

    /** Longest term kept in the statistics (longer "terms" are URLs or noise). */
    static final int MAX_TERM_CHARS = 200;
    /** Prefix of actor keys in the statistics (actors are counted like terms, for their document frequency). */
    public static final String ACTOR_PREFIX = "actor:";
    /** The term_stat row holding the number of documents, N. */
    public static final String DOCUMENT_COUNT_KEY = "";

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    ArticleFeaturesRepository(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    /** Writes the features; answers the term bags and actor keys as stored. */
    public StoredTerms store(long articleId, ArticleTextFeatures f) {
        List<org.jooq.Query> writes = new java.util.ArrayList<>(3);
        List<Span> sentences = f.sentences();
        if (!sentences.isEmpty()) {
            InsertValuesStep5<ArticleSentenceRecord, Long, Integer, Integer, Integer, Long[]> insert = db.insertInto(ARTICLE_SENTENCE,
                    ARTICLE_SENTENCE.ARTICLE_ID, ARTICLE_SENTENCE.ORDINAL, ARTICLE_SENTENCE.BEGIN_OFFSET,
                    ARTICLE_SENTENCE.END_OFFSET, ARTICLE_SENTENCE.SHINGLES);
            for (int i = 0; i < sentences.size(); i++) {
                long[] hashes = f.sentenceShingles().get(i);
                Long[] boxed = new Long[hashes.length];
                for (int j = 0; j < hashes.length; j++) {
                    boxed[j] = hashes[j];
                }
                insert = insert.values(articleId, i, sentences.get(i).begin(), sentences.get(i).end(), boxed);
            }
            writes.add(insert);
        }
        String[] bodyTerms = terms(f.bodyTerms());
        String[] titleTerms = terms(f.titleTerms());
        writes.add(db.insertInto(ARTICLE_TERMS)
                .set(ARTICLE_TERMS.ARTICLE_ID, articleId)
                .set(ARTICLE_TERMS.BODY_TERMS, bodyTerms)
                .set(ARTICLE_TERMS.BODY_COUNTS, counts(f.bodyTerms(), bodyTerms))
                .set(ARTICLE_TERMS.TITLE_TERMS, titleTerms)
                .set(ARTICLE_TERMS.TITLE_COUNTS, counts(f.titleTerms(), titleTerms)));
        java.util.Set<String> actorKeys = new java.util.HashSet<>();
        if (!f.actors().isEmpty()) {
            var insert = db.insertInto(ARTICLE_ACTOR, ARTICLE_ACTOR.ARTICLE_ID, ARTICLE_ACTOR.ACTOR_KEY, ARTICLE_ACTOR.NAME,
                    ARTICLE_ACTOR.FORMS, ARTICLE_ACTOR.MENTION_COUNT, ARTICLE_ACTOR.SPANS);
            for (Actor a : f.actors()) {
                if (a.key().isEmpty() || a.key().length() > 300) {
                    continue;
                }
                Integer[] spans = new Integer[a.mentions().size() * 2];
                int k = 0;
                for (Mention m : a.mentions()) {
                    spans[k++] = m.begin();
                    spans[k++] = m.end();
                }
                actorKeys.add(a.key());
                insert = insert.values(articleId, a.key(), a.name(), a.forms().stream().sorted().toArray(String[]::new),
                        a.mentions().size(), spans);
            }
            if (!actorKeys.isEmpty()) {
                writes.add(insert.onConflictDoNothing());
            }
        }
        writes.forEach(org.jooq.Query::execute);
        java.util.Map<String, Integer> counted = new java.util.TreeMap<>();
        int tokens = 0;
        for (String t : bodyTerms) {
            int c = f.bodyTerms().count(t);
            counted.put(t, c);
            tokens += c;
        }
        for (Actor a : f.actors()) {
            String key = ACTOR_PREFIX + a.key();
            if (key.length() <= MAX_TERM_CHARS) {
                counted.merge(key, a.mentions().size(), Integer::sum);
            }
        }
        countDocument(counted, tokens);
        return new StoredTerms(bodyTerms, unboxed(f.bodyTerms(), bodyTerms), titleTerms, unboxed(f.titleTerms(), titleTerms), actorKeys);
    }

    private static int[] unboxed(TermCounts counts, String[] terms) {
        int[] c = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            c[i] = counts.count(terms[i]);
        }
        return c;
    }

    /**
     * Adds one document to the corpus statistics: N + 1 and the token total under the '' key, and for
     * each of its distinct terms and actors df + 1 and its occurrences added to term_count.
     *
     * <p>Inside a transaction the counts are gathered in memory and written once, just before the
     * transaction commits (one upsert for all the documents it stored, keys in sorted order so that
     * concurrent writers cannot deadlock); a rollback discards them with everything else. Readers
     * of the statistics inside the same transaction add {@link #uncommittedCounts} to what they read.
     */
    private void countDocument(java.util.Map<String, Integer> counts, int tokens) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending single = new Pending();
            single.add(counts, tokens);
            write(single);
            events.publishEvent(single.counted());
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Pending created = new Pending();
            pending = created;
            TransactionSynchronizationManager.bindResource(PENDING, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(created);
                    CorpusCounted counted = created.counted();
                    created.clear();
                    events.publishEvent(counted);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
        }
        pending.add(counts, tokens);
    }

    /**
     * The document frequencies counted by the current transaction but not yet written, for the
     * given terms (and N under '' when asked for): what a reader in this transaction adds to the
     * stored statistics. Empty outside a transaction or when nothing is pending.
     */
    public java.util.Map<String, Integer> uncommittedCounts(java.util.Collection<String> terms) {
        Pending pending = TransactionSynchronizationManager.isSynchronizationActive()
                ? (Pending) TransactionSynchronizationManager.getResource(PENDING) : null;
        if (pending == null || pending.documents == 0) {
            return java.util.Map.of();
        }
        java.util.Map<String, Integer> result = new java.util.HashMap<>();
        for (String t : terms) {
            long[] c = t.equals(DOCUMENT_COUNT_KEY) ? null : pending.counts.get(t);
            if (c != null) {
                result.put(t, (int) c[0]);
            }
        }
        result.put(DOCUMENT_COUNT_KEY, pending.documents);
        return result;
    }

    private static final Object PENDING = new Object();

    /** Statistics gathered in one transaction: per term, documents and occurrences; the document and token totals. */
    private static final class Pending {
        final java.util.TreeMap<String, long[]> counts = new java.util.TreeMap<>();
        int documents;
        long tokens;

        void add(java.util.Map<String, Integer> documentCounts, int documentTokens) {
            documents++;
            tokens += documentTokens;
            documentCounts.forEach((term, c) -> {
                long[] sum = counts.computeIfAbsent(term, k -> new long[2]);
                sum[0]++;
                sum[1] += c;
            });
        }

        CorpusCounted counted() {
            java.util.Map<String, Integer> df = new java.util.HashMap<>(counts.size() * 2);
            counts.forEach((term, c) -> df.put(term, (int) c[0]));
            return new CorpusCounted(documents, java.util.Collections.unmodifiableMap(df));
        }

        void clear() {
            counts.clear();
            documents = 0;
            tokens = 0;
        }
    }

    private void write(Pending pending) {
        if (pending.documents == 0) {
            return;
        }
        int size = pending.counts.size() + 1;
        String[] terms = new String[size];
        Long[] documents = new Long[size];
        Long[] occurrences = new Long[size];
        terms[0] = DOCUMENT_COUNT_KEY;
        documents[0] = (long) pending.documents;
        occurrences[0] = pending.tokens;
        int i = 1;
        for (var e : pending.counts.entrySet()) {
            terms[i] = e.getKey();
            documents[i] = e.getValue()[0];
            occurrences[i++] = e.getValue()[1];
        }
        var term = DSL.field(DSL.name("u", "term"), String.class);
        var docs = DSL.field(DSL.name("u", "docs"), Integer.class);
        var count = DSL.field(DSL.name("u", "count"), Long.class);
        db.insertInto(TERM_STAT, TERM_STAT.TERM, TERM_STAT.DOCUMENT_COUNT, TERM_STAT.TERM_COUNT)
                .select(DSL.select(term, docs, count)
                        .from(DSL.table("unnest({0}, {1}::integer[], {2})", DSL.val(terms), DSL.val(documents), DSL.val(occurrences))
                                .as("u", "term", "docs", "count"))
                        .orderBy(term))
                .onConflict(TERM_STAT.TERM)
                .doUpdate().set(TERM_STAT.DOCUMENT_COUNT, TERM_STAT.DOCUMENT_COUNT.plus(DSL.excluded(TERM_STAT.DOCUMENT_COUNT)))
                .set(TERM_STAT.TERM_COUNT, TERM_STAT.TERM_COUNT.plus(DSL.excluded(TERM_STAT.TERM_COUNT)))
                .execute();
    }

    private static String[] terms(TermCounts counts) {
        return counts.counts().keySet().stream().filter(t -> t.length() <= MAX_TERM_CHARS).sorted().toArray(String[]::new);
    }

    private static Integer[] counts(TermCounts counts, String[] terms) {
        Integer[] c = new Integer[terms.length];
        for (int i = 0; i < terms.length; i++) {
            c[i] = counts.count(terms[i]);
        }
        return c;
    }
}
