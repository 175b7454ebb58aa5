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
import org.springframework.stereotype.Repository;

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

    ArticleFeaturesRepository(DSLContext db) {
        this.db = db;
    }

    /** Writes the features; answers the term bags and actor keys as stored. */
    public StoredTerms store(long articleId, ArticleTextFeatures f) {
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
            insert.execute();
        }
        String[] bodyTerms = terms(f.bodyTerms());
        String[] titleTerms = terms(f.titleTerms());
        db.insertInto(ARTICLE_TERMS)
                .set(ARTICLE_TERMS.ARTICLE_ID, articleId)
                .set(ARTICLE_TERMS.BODY_TERMS, bodyTerms)
                .set(ARTICLE_TERMS.BODY_COUNTS, counts(f.bodyTerms(), bodyTerms))
                .set(ARTICLE_TERMS.TITLE_TERMS, titleTerms)
                .set(ARTICLE_TERMS.TITLE_COUNTS, counts(f.titleTerms(), titleTerms))
                .execute();
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
            insert.onConflictDoNothing().execute();
        }
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
     */
    private void countDocument(java.util.Map<String, Integer> counts, int tokens) {
        String[] terms = new String[counts.size() + 1];
        Long[] occurrences = new Long[counts.size() + 1];
        terms[0] = DOCUMENT_COUNT_KEY;
        occurrences[0] = (long) tokens;
        int i = 1;
        for (var e : counts.entrySet()) {
            terms[i] = e.getKey();
            occurrences[i++] = e.getValue().longValue();
        }
        var term = DSL.field(DSL.name("u", "term"), String.class);
        var count = DSL.field(DSL.name("u", "count"), Long.class);
        db.insertInto(TERM_STAT, TERM_STAT.TERM, TERM_STAT.DOCUMENT_COUNT, TERM_STAT.TERM_COUNT)
                .select(DSL.select(term, DSL.inline(1), count)
                        .from(DSL.table("unnest({0}, {1})", DSL.val(terms), DSL.val(occurrences)).as("u", "term", "count")).orderBy(term))
                .onConflict(TERM_STAT.TERM)
                .doUpdate().set(TERM_STAT.DOCUMENT_COUNT, TERM_STAT.DOCUMENT_COUNT.plus(1))
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
