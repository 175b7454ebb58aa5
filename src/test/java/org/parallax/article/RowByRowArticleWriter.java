package org.parallax.article;

import static org.parallax.db.Tables.ARTICLE;
import static org.parallax.db.Tables.ARTICLE_ACTOR;
import static org.parallax.db.Tables.ARTICLE_SENTENCE;
import static org.parallax.db.Tables.ARTICLE_TERMS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep5;
import org.jooq.Query;
import org.parallax.db.tables.records.ArticleSentenceRecord;
import org.parallax.text.Actor;
import org.parallax.text.Mention;
import org.parallax.text.Span;
import org.parallax.text.TermCounts;

/**
 * The article writes as they were before the batch methods ({@link ArticleRepository#insertAllIfNew},
 * {@link ArticleFeaturesRepository#storeAll}): one article at a time, one {@code insert ... values}
 * row per sentence and actor. The reference the batch writes are compared with, and the "before"
 * of the write benchmark. Counts documents into the corpus statistics through the repository, as
 * before.
 */
public final class RowByRowArticleWriter {

    private final DSLContext db;
    private final ArticleFeaturesRepository features;

    public RowByRowArticleWriter(DSLContext db, ArticleFeaturesRepository features) {
        this.db = db;
        this.features = features;
    }

    public Optional<Long> insertIfNew(NewArticle a) {
        return db.insertInto(ARTICLE)
                .set(ARTICLE.TITLE, a.title())
                .set(ARTICLE.OUTLET_ID, a.outletId())
                .set(ARTICLE.OUTLET_EVIDENCE, a.outletEvidence())
                .set(ARTICLE.OUTLET_SNIPPET, a.outletSnippet())
                .set(ARTICLE.UPSTREAM_SOURCE, a.upstreamSource())
                .set(ARTICLE.URL, a.url())
                .set(ARTICLE.BYLINE, a.byline())
                .set(ARTICLE.PUBLISHED_AT, a.publishedAt())
                .set(ARTICLE.PUBLISHED_ZONE, a.publishedZone())
                .set(ARTICLE.LANGUAGE, a.language())
                .set(ARTICLE.BODY, a.body())
                .set(ARTICLE.WORD_COUNT, a.wordCount())
                .set(ARTICLE.CONTENT_HASH, a.contentHash())
                .set(ARTICLE.FLAGS, a.flags().stream().map(Enum::name).sorted().toArray(String[]::new))
                .set(ARTICLE.IMPORT_BATCH_ID, a.importBatchId())
                .set(ARTICLE.SOURCE_RECORD, a.sourceRecord())
                .set(ARTICLE.CREATED_BY, a.createdBy())
                .onConflictDoNothing()
                .returning(ARTICLE.ID)
                .fetchOptional(ARTICLE.ID);
    }

    public StoredTerms store(long articleId, ArticleTextFeatures f) {
        List<Query> writes = new ArrayList<>(3);
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
        Set<String> actorKeys = new HashSet<>();
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
        writes.forEach(Query::execute);
        Map<String, Integer> counted = new TreeMap<>();
        int tokens = 0;
        for (String t : bodyTerms) {
            int c = f.bodyTerms().count(t);
            counted.put(t, c);
            tokens += c;
        }
        for (Actor a : f.actors()) {
            String key = ArticleFeaturesRepository.ACTOR_PREFIX + a.key();
            if (key.length() <= ArticleFeaturesRepository.MAX_TERM_CHARS) {
                counted.merge(key, a.mentions().size(), Integer::sum);
            }
        }
        features.countDocument(counted, tokens);
        return new StoredTerms(bodyTerms, unboxed(f.bodyTerms(), bodyTerms), titleTerms, unboxed(f.titleTerms(), titleTerms), actorKeys);
    }

    private static String[] terms(TermCounts counts) {
        return counts.counts().keySet().stream().filter(t -> t.length() <= ArticleFeaturesRepository.MAX_TERM_CHARS).sorted()
                .toArray(String[]::new);
    }

    private static Integer[] counts(TermCounts counts, String[] terms) {
        Integer[] c = new Integer[terms.length];
        for (int i = 0; i < terms.length; i++) {
            c[i] = counts.count(terms[i]);
        }
        return c;
    }

    private static int[] unboxed(TermCounts counts, String[] terms) {
        int[] c = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            c[i] = counts.count(terms[i]);
        }
        return c;
    }
}
