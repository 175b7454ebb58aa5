package org.parallax.article;

import static org.parallax.db.Tables.ARTICLE_ACTOR;
import static org.parallax.db.Tables.ARTICLE_SENTENCE;
import static org.parallax.db.Tables.ARTICLE_TERMS;
import static org.parallax.db.Tables.TERM_STAT;

import java.util.List;
import java.util.Map;
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
    /** The term_stat row holding the number of documents, N. */
    public static final String DOCUMENT_COUNT_KEY = "";

    private final DSLContext db;

    ArticleFeaturesRepository(DSLContext db) {
        this.db = db;
    }

    public void store(long articleId, ArticleTextFeatures f) {
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
                insert = insert.values(articleId, a.key(), a.name(), a.forms().stream().sorted().toArray(String[]::new),
                        a.mentions().size(), spans);
            }
            insert.onConflictDoNothing().execute();
        }
        countDocument(bodyTerms);
    }

    /** Adds one document to the corpus statistics: N + 1, and df + 1 for each of its distinct terms. */
    private void countDocument(String[] distinctTerms) {
        String[] withN = new String[distinctTerms.length + 1];
        withN[0] = DOCUMENT_COUNT_KEY;
        System.arraycopy(distinctTerms, 0, withN, 1, distinctTerms.length);
        var term = DSL.field(DSL.name("u", "term"), String.class);
        db.insertInto(TERM_STAT, TERM_STAT.TERM, TERM_STAT.DOCUMENT_COUNT)
                .select(DSL.select(term, DSL.inline(1)).from(DSL.unnest(DSL.val(withN)).as("u", "term")).orderBy(term))
                .onConflict(TERM_STAT.TERM)
                .doUpdate().set(TERM_STAT.DOCUMENT_COUNT, TERM_STAT.DOCUMENT_COUNT.plus(1))
                .execute();
    }

    /** The corpus document frequency of each term, and N under {@link #DOCUMENT_COUNT_KEY}. */
    public Map<String, Integer> documentFrequencies(java.util.Collection<String> terms) {
        String[] keys = terms.toArray(String[]::new);
        return db.select(TERM_STAT.TERM, TERM_STAT.DOCUMENT_COUNT).from(TERM_STAT)
                .where(TERM_STAT.TERM.eq(DSL.any(DSL.val(keys))).or(TERM_STAT.TERM.eq(DOCUMENT_COUNT_KEY)))
                .fetchMap(TERM_STAT.TERM, TERM_STAT.DOCUMENT_COUNT);
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
