package org.parallax.article;

import static org.parallax.db.Tables.ARTICLE_ACTOR;
import static org.parallax.db.Tables.ARTICLE_SENTENCE;
import static org.parallax.db.Tables.ARTICLE_TERMS;
import static org.parallax.db.Tables.TERM_STAT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
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
    /** Longest actor key stored (article_actor.actor_key); actors with longer keys are left out. */
    static final int MAX_ACTOR_KEY_CHARS = 300;
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
        return storeAll(List.of(articleId), List.of(f)).getFirst();
    }

    /**
     * {@link #store} for each article, with one statement per table for all of them: the same rows,
     * and every article counted into the corpus statistics as one document.
     *
     * @param articleIds the articles, parallel to {@code features}
     * @return the term bags and actor keys as stored, in list order
     */
    public List<StoredTerms> storeAll(List<Long> articleIds, List<ArticleTextFeatures> features) {
        if (articleIds.size() != features.size()) {
            throw new IllegalArgumentException(articleIds.size() + " ids for " + features.size() + " articles");
        }
        if (articleIds.isEmpty()) {
            return List.of();
        }
        writeSentences(articleIds, features);
        List<StoredTerms> stored = new ArrayList<>(features.size());
        for (ArticleTextFeatures f : features) {
            String[] bodyTerms = terms(f.bodyTerms());
            String[] titleTerms = terms(f.titleTerms());
            stored.add(new StoredTerms(bodyTerms, unboxed(f.bodyTerms(), bodyTerms), titleTerms,
                    unboxed(f.titleTerms(), titleTerms), storedActors(f).keySet()));
        }
        writeTerms(articleIds, stored);
        writeActors(articleIds, features);
        List<Map<String, Integer>> documents = new ArrayList<>(features.size());
        int[] tokens = new int[features.size()];
        for (int i = 0; i < features.size(); i++) {
            StoredTerms t = stored.get(i);
            Map<String, Integer> counted = new HashMap<>(2 * (t.bodyTerms().length + features.get(i).actors().size()));
            for (int j = 0; j < t.bodyTerms().length; j++) {
                counted.put(t.bodyTerms()[j], t.bodyCounts()[j]);
                tokens[i] += t.bodyCounts()[j];
            }
            for (Actor a : features.get(i).actors()) {
                String key = ACTOR_PREFIX + a.key();
                if (key.length() <= MAX_TERM_CHARS) {
                    counted.merge(key, a.mentions().size(), Integer::sum);
                }
            }
            documents.add(counted);
        }
        countDocuments(documents, tokens);
        return stored;
    }

    /** The actors written to article_actor, by key: keys neither empty nor too long, the first actor of a key. */
    private static Map<String, Actor> storedActors(ArticleTextFeatures f) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Actor a : f.actors()) {
            String key = a.key();
            if (!key.isEmpty() && key.length() <= MAX_ACTOR_KEY_CHARS) {
                actors.putIfAbsent(key, a);
            }
        }
        return actors;
    }

    private void writeSentences(List<Long> articleIds, List<ArticleTextFeatures> features) {
        int rows = 0;
        int hashes = 0;
        for (ArticleTextFeatures f : features) {
            rows += f.sentences().size();
            for (long[] h : f.sentenceShingles()) {
                hashes += h.length;
            }
        }
        if (rows == 0) {
            return;
        }
        Long[] article = new Long[rows];
        Integer[] ordinal = new Integer[rows];
        Integer[] begin = new Integer[rows];
        Integer[] end = new Integer[rows];
        Integer[] from = new Integer[rows];
        Integer[] to = new Integer[rows];
        long[] shingles = new long[hashes];
        int row = 0;
        int next = 0;
        for (int a = 0; a < features.size(); a++) {
            List<Span> sentences = features.get(a).sentences();
            for (int i = 0; i < sentences.size(); i++) {
                article[row] = articleIds.get(a);
                ordinal[row] = i;
                begin[row] = sentences.get(i).begin();
                end[row] = sentences.get(i).end();
                from[row] = next + 1;
                for (long h : features.get(a).sentenceShingles().get(i)) {
                    shingles[next++] = h;
                }
                to[row++] = next;
            }
        }
        var u = DSL.table("unnest({0}::bigint[], {1}::integer[], {2}::integer[], {3}::integer[], {4}::integer[], {5}::integer[])",
                        DSL.val(article), DSL.val(ordinal), DSL.val(begin), DSL.val(end), DSL.val(from), DSL.val(to))
                .as("u", "article_id", "ordinal", "begin_offset", "end_offset", "s_from", "s_to");
        db.insertInto(ARTICLE_SENTENCE, ARTICLE_SENTENCE.ARTICLE_ID, ARTICLE_SENTENCE.ORDINAL, ARTICLE_SENTENCE.BEGIN_OFFSET,
                        ARTICLE_SENTENCE.END_OFFSET, ARTICLE_SENTENCE.SHINGLES)
                .select(DSL.select(column("article_id", Long.class), column("ordinal", Integer.class),
                                column("begin_offset", Integer.class), column("end_offset", Integer.class),
                                slice(once(PgArrays.numbers(shingles), "bigint[]", Long[].class), "s_from", "s_to"))
                        .from(u))
                .execute();
    }

    private void writeTerms(List<Long> articleIds, List<StoredTerms> stored) {
        int n = stored.size();
        int bodySize = 0;
        int titleSize = 0;
        for (StoredTerms t : stored) {
            bodySize += t.bodyTerms().length;
            titleSize += t.titleTerms().length;
        }
        List<String> bodyTerms = new ArrayList<>(n);
        int[] bodyCounts = new int[bodySize];
        List<String> titleTerms = new ArrayList<>(n);
        int[] titleCounts = new int[titleSize];
        Integer[] bodyFrom = new Integer[n];
        Integer[] bodyTo = new Integer[n];
        Integer[] titleFrom = new Integer[n];
        Integer[] titleTo = new Integer[n];
        int body = 0;
        int title = 0;
        for (int a = 0; a < n; a++) {
            StoredTerms t = stored.get(a);
            bodyTerms.add(PgArrays.text(Arrays.asList(t.bodyTerms())));
            bodyFrom[a] = body + 1;
            for (int j = 0; j < t.bodyTerms().length; j++, body++) {
                bodyCounts[body] = t.bodyCounts()[j];
            }
            bodyTo[a] = body;
            titleTerms.add(PgArrays.text(Arrays.asList(t.titleTerms())));
            titleFrom[a] = title + 1;
            for (int j = 0; j < t.titleTerms().length; j++, title++) {
                titleCounts[title] = t.titleCounts()[j];
            }
            titleTo[a] = title;
        }
        var u = DSL.table("unnest({0}::bigint[], {1}::text[], {2}::integer[], {3}::integer[], {4}::text[], {5}::integer[], {6}::integer[])",
                        DSL.val(articleIds.toArray(Long[]::new)), DSL.val(PgArrays.text(bodyTerms)), DSL.val(bodyFrom), DSL.val(bodyTo),
                        DSL.val(PgArrays.text(titleTerms)), DSL.val(titleFrom), DSL.val(titleTo))
                .as("u", "article_id", "body_terms", "b_from", "b_to", "title_terms", "t_from", "t_to");
        db.insertInto(ARTICLE_TERMS, ARTICLE_TERMS.ARTICLE_ID, ARTICLE_TERMS.BODY_TERMS, ARTICLE_TERMS.BODY_COUNTS,
                        ARTICLE_TERMS.TITLE_TERMS, ARTICLE_TERMS.TITLE_COUNTS)
                .select(DSL.select(column("article_id", Long.class),
                                textArray("body_terms"),
                                slice(once(PgArrays.numbers(bodyCounts), "integer[]", Integer[].class), "b_from", "b_to"),
                                textArray("title_terms"),
                                slice(once(PgArrays.numbers(titleCounts), "integer[]", Integer[].class), "t_from", "t_to"))
                        .from(u))
                .execute();
    }

    private void writeActors(List<Long> articleIds, List<ArticleTextFeatures> features) {
        List<Long> article = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        int spanCount = 0;
        for (int a = 0; a < features.size(); a++) {
            for (Actor actor : storedActors(features.get(a)).values()) {
                article.add(articleIds.get(a));
                actors.add(actor);
                spanCount += 2 * actor.mentions().size();
            }
        }
        if (actors.isEmpty()) {
            return;
        }
        int rows = actors.size();
        List<String> key = new ArrayList<>(rows);
        List<String> name = new ArrayList<>(rows);
        Integer[] mentionCount = new Integer[rows];
        Integer[] spansFrom = new Integer[rows];
        Integer[] spansTo = new Integer[rows];
        List<String> forms = new ArrayList<>(rows);
        int[] spans = new int[spanCount];
        int span = 0;
        for (int i = 0; i < rows; i++) {
            Actor a = actors.get(i);
            key.add(a.key());
            name.add(a.name());
            mentionCount[i] = a.mentions().size();
            forms.add(PgArrays.text(a.forms().stream().sorted().toList()));
            spansFrom[i] = span + 1;
            for (Mention m : a.mentions()) {
                spans[span++] = m.begin();
                spans[span++] = m.end();
            }
            spansTo[i] = span;
        }
        var u = DSL.table("unnest({0}::bigint[], {1}::text[], {2}::text[], {3}::integer[], {4}::text[], {5}::integer[], "
                                + "{6}::integer[])",
                        DSL.val(article.toArray(Long[]::new)), DSL.val(PgArrays.text(key)), DSL.val(PgArrays.text(name)),
                        DSL.val(mentionCount), DSL.val(PgArrays.text(forms)), DSL.val(spansFrom), DSL.val(spansTo))
                .as("u", "article_id", "actor_key", "name", "mention_count", "forms", "s_from", "s_to");
        db.insertInto(ARTICLE_ACTOR, ARTICLE_ACTOR.ARTICLE_ID, ARTICLE_ACTOR.ACTOR_KEY, ARTICLE_ACTOR.NAME,
                        ARTICLE_ACTOR.FORMS, ARTICLE_ACTOR.MENTION_COUNT, ARTICLE_ACTOR.SPANS)
                .select(DSL.select(column("article_id", Long.class), column("actor_key", String.class),
                                column("name", String.class),
                                textArray("forms"),
                                column("mention_count", Integer.class),
                                slice(once(PgArrays.numbers(spans), "integer[]", Integer[].class), "s_from", "s_to"))
                        .from(u))
                .onConflictDoNothing()
                .execute();
    }

    private static <T> Field<T> column(String name, Class<T> type) {
        return DSL.field(DSL.name("u", name), type);
    }

    /**
     * The row's own text[] literal ({@link PgArrays}), cast: each row parses only its own elements. (A
     * slice of one large text[] would walk the array from its start for every row, since its elements
     * differ in length: quadratic in the rows of the statement.)
     */
    private static Field<String[]> textArray(String name) {
        return DSL.field("{0}::text[]", String[].class, column(name, String.class));
    }

    /**
     * The array literal ({@link PgArrays}), bound as one text value, as a scalar subquery: PostgreSQL
     * parses it once per statement (an InitPlan) rather than again for every row that slices it.
     */
    private static <T> Field<T[]> once(String literal, String sqlType, Class<T[]> type) {
        return DSL.field("(select {0}::" + sqlType + ")", type, DSL.val(literal));
    }

    /**
     * The elements {@code from..to} (1-based, inclusive) of the array, bounds read from the row's
     * columns; an empty array when {@code from > to}.
     */
    private static <T> Field<T[]> slice(Field<T[]> array, String from, String to) {
        return DSL.field("({0})[{1}:{2}]", array.getType(), array, column(from, Integer.class), column(to, Integer.class));
    }

    private static int[] unboxed(TermCounts counts, String[] terms) {
        int[] c = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            c[i] = counts.count(terms[i]);
        }
        return c;
    }

    /**
     * Adds documents to the corpus statistics: for each, N + 1 and its tokens to the total under the ''
     * key, and for each of its distinct terms and actors df + 1 and its occurrences added to term_count.
     *
     * <p>Inside a transaction the counts are gathered in memory and written once, just before the
     * transaction commits (one upsert for all the documents it stored, keys in sorted order so that
     * concurrent writers cannot deadlock); a rollback discards them with everything else. Readers
     * of the statistics inside the same transaction add {@link #uncommittedCounts} to what they read.
     */
    private void countDocuments(List<Map<String, Integer>> documents, int[] tokens) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending single = new Pending();
            for (int i = 0; i < documents.size(); i++) {
                single.add(documents.get(i), tokens[i]);
            }
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
        for (int i = 0; i < documents.size(); i++) {
            pending.add(documents.get(i), tokens[i]);
        }
    }

    /** {@link #countDocuments} for one document (package-private for the tests' row-by-row reference writer). */
    void countDocument(Map<String, Integer> counts, int tokens) {
        countDocuments(List.of(counts), new int[] {tokens});
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
        /** Unordered, for fast lookups ({@link #uncommittedCounts}); {@link #write} sorts the keys. */
        final Map<String, long[]> counts = new HashMap<>();
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
        String[] sorted = pending.counts.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        for (int i = 1; i < size; i++) {
            long[] c = pending.counts.get(sorted[i - 1]);
            terms[i] = sorted[i - 1];
            documents[i] = c[0];
            occurrences[i] = c[1];
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

}
