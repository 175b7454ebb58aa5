package org.parallax.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.testsupport.CleanDatabase;
import org.parallax.text.Actor;
import org.parallax.text.Mention;
import org.parallax.text.Span;
import org.parallax.text.TermCounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch writes ({@link ArticleRepository#insertAllIfNew}, {@link ArticleFeaturesRepository#storeAll})
 * against a real PostgreSQL: the same rows, ids and duplicate decisions as writing article by article.
 */
@SpringBootTest
class ArticleBatchWriteTest {

    @Autowired ArticleRepository articles;
    @Autowired ArticleFeaturesRepository features;
    @Autowired ArticleFeatureExtractor extractor;
    @Autowired DSLContext db;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        CleanDatabase.truncate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    // ---------------------------------------------------------------- features

    @Test
    void featuresStoredInOneBatchAreTheRowsStoredArticleByArticle() throws Exception {
        List<NewArticle> texts = evaluationArticles(12);
        List<ArticleTextFeatures> all = new ArrayList<>();
        texts.forEach(a -> all.add(extractor.extract(a.title(), a.body())));
        all.add(1, awkwardFeatures());
        all.add(3, new ArticleTextFeatures(List.of(), List.of(), TermCounts.EMPTY, TermCounts.EMPTY, List.of()));
        assertThat(all.stream().mapToInt(f -> f.actors().size()).sum()).isGreaterThan(30);

        // the batch, in a transaction (as the import writes)
        List<Long> ids = insertPlaceholders(all.size());
        List<StoredTerms> batch = transactions.execute(s -> features.storeAll(ids, all));
        Map<String, List<String>> batchRows = featureRows();

        // the code before the batch methods, article by article, in a transaction
        clean();
        insertPlaceholders(all.size());
        RowByRowArticleWriter before = new RowByRowArticleWriter(db, features);
        List<StoredTerms> reference = transactions.execute(s -> {
            List<StoredTerms> r = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                r.add(before.store(ids.get(i), all.get(i)));
            }
            return r;
        });
        Map<String, List<String>> referenceRows = featureRows();

        // the single-article method, each article in its own transaction (statistics written at once)
        clean();
        insertPlaceholders(all.size());
        List<StoredTerms> single = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            single.add(features.store(ids.get(i), all.get(i)));
        }
        Map<String, List<String>> singleRows = featureRows();

        assertThat(batchRows.get("article_sentence")).hasSize(all.stream().mapToInt(f -> f.sentences().size()).sum());
        assertThat(batchRows.get("article_terms")).hasSize(all.size());
        for (String table : referenceRows.keySet()) {
            assertThat(batchRows.get(table)).as(table).isNotEmpty().containsExactlyElementsOf(referenceRows.get(table));
            assertThat(singleRows.get(table)).as(table).containsExactlyElementsOf(referenceRows.get(table));
        }
        assertThat(batch).hasSize(all.size());
        for (int i = 0; i < all.size(); i++) {
            assertSameTerms(batch.get(i), reference.get(i));
            assertSameTerms(single.get(i), reference.get(i));
        }
        // the statistics against a count made here: N, tokens, and a term's df
        int tokens = batch.stream().mapToInt(t -> java.util.Arrays.stream(t.bodyCounts()).sum()).sum();
        assertThat(jdbc.queryForList("select document_count || ' ' || term_count from term_stat where term = ''", String.class))
                .containsExactly(all.size() + " " + tokens);
        String common = batch.getFirst().bodyTerms()[0];
        long df = batch.stream().filter(t -> java.util.Arrays.asList(t.bodyTerms()).contains(common)).count();
        assertThat(jdbc.queryForObject("select document_count from term_stat where term = ?", Integer.class, common))
                .isEqualTo((int) df);
    }

    @Test
    void theAwkwardArticleIsStoredAsWritten() {
        long id = insertPlaceholders(1).getFirst();
        List<StoredTerms> stored = features.storeAll(List.of(id), List.of(awkwardFeatures()));

        assertThat(jdbc.queryForList("select ordinal || ' ' || begin_offset || ' ' || end_offset || ' ' || shingles::text "
                + "from article_sentence order by ordinal", String.class))
                .containsExactly("0 0 10 {1,-2,9223372036854775807}", "1 11 12 {}", "2 13 30 {-9223372036854775808}", "3 31 31 {}");
        String longTerm = "t".repeat(ArticleFeaturesRepository.MAX_TERM_CHARS);
        assertThat(stored.getFirst().bodyTerms()).containsExactly("NULL", "a\"b", "c\\d", "null", longTerm, "{x,y}", "é ü");
        assertThat(jdbc.queryForObject("select body_terms from article_terms", String.class))
                .isEqualTo("{\"NULL\",\"a\\\"b\",\"c\\\\d\",\"null\"," + longTerm + ",\"{x,y}\",\"é ü\"}");
        assertThat(jdbc.queryForObject("select body_terms[1] is null from article_terms", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select title_terms::text || title_counts::text from article_terms", String.class))
                .isEqualTo("{}{}");
        // duplicate keys: the first actor of a key; empty and over-long keys left out
        assertThat(jdbc.queryForList("select actor_key || '|' || name || '|' || forms::text || '|' || mention_count || '|' || spans::text "
                + "from article_actor order by actor_key", String.class))
                .containsExactly("ann lee|Ann Lee|{\"Ann Lee\",\"Lee, \\\"Ann\\\"\"}|2|{0,7,20,27}",
                        "b".repeat(250) + "|" + "B".repeat(250) + "|{Bob}|1|{40,43}",
                        "zed|Zed|{Zed}|1|{50,53}");
        assertThat(stored.getFirst().actorKeys()).containsExactlyInAnyOrder("ann lee", "b".repeat(250), "zed");
        // statistics: the actor's mentions summed over its two entries; the 250-character key is too long
        assertThat(jdbc.queryForObject("select document_count || ' ' || term_count from term_stat where term = 'actor:ann lee'",
                String.class)).isEqualTo("1 3");
        assertThat(jdbc.queryForObject("select count(*) from term_stat where term like 'actor:b%'", Integer.class)).isZero();
    }

    @Test
    void aBatchOfManySentencesNeedsNoMoreParametersThanOne() {
        int articleCount = 64;
        Random random = new Random(7);
        List<ArticleTextFeatures> all = new ArrayList<>();
        for (int a = 0; a < articleCount; a++) {
            List<Span> spans = new ArrayList<>();
            List<long[]> shingles = new ArrayList<>();
            for (int s = 0; s < 60; s++) {
                spans.add(new Span(s * 100, s * 100 + 99));
                shingles.add(random.longs(15).toArray());
            }
            Map<String, Integer> terms = new HashMap<>();
            for (int t = 0; t < 400; t++) {
                terms.put("term" + random.nextInt(5000), 1 + random.nextInt(9));
            }
            List<Actor> actors = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                String name = "Actor" + k + " Name" + a;
                actors.add(new Actor(name, Set.of(name), List.of(Mention.of(name, k * 100), Mention.of(name, k * 100 + 50))));
            }
            all.add(new ArticleTextFeatures(spans, shingles, TermCounts.of(terms), TermCounts.of(Map.of("title", 1)), actors));
        }
        List<Long> ids = insertPlaceholders(articleCount);

        transactions.executeWithoutResult(s -> {
            List<StoredTerms> stored = features.storeAll(ids, all);
            assertThat(stored).hasSize(articleCount);
            // read in the same transaction, before the statistics are written
            String term = stored.get(5).bodyTerms()[0];
            long df = stored.stream().filter(t -> java.util.Arrays.asList(t.bodyTerms()).contains(term)).count();
            assertThat(features.uncommittedCounts(List.of(term, ArticleFeaturesRepository.DOCUMENT_COUNT_KEY)))
                    .containsEntry(term, (int) df).containsEntry(ArticleFeaturesRepository.DOCUMENT_COUNT_KEY, articleCount);
        });

        assertThat(jdbc.queryForObject("select count(*) from article_sentence", Integer.class)).isEqualTo(articleCount * 60);
        assertThat(jdbc.queryForObject("select count(*) from article_actor", Integer.class)).isEqualTo(articleCount * 30);
        long[] expected = all.get(63).sentenceShingles().get(59);
        Long[] read = jdbc.queryForObject("select shingles from article_sentence where article_id = ? and ordinal = 59",
                (rs, n) -> (Long[]) rs.getArray(1).getArray(), ids.get(63));
        assertThat(read).containsExactly(java.util.Arrays.stream(expected).boxed().toArray(Long[]::new));
        assertThat(jdbc.queryForObject("select document_count from term_stat where term = ''", Integer.class)).isEqualTo(articleCount);
    }

    @Test
    void deletingAnArticleDeletesItsDerivedRowsAndNoOthers() throws Exception {
        List<ArticleTextFeatures> all = new ArrayList<>();
        evaluationArticles(3).forEach(a -> all.add(extractor.extract(a.title(), a.body())));
        List<Long> ids = insertPlaceholders(all.size());
        transactions.execute(s -> features.storeAll(ids, all));
        jdbc.update("insert into article_signature (term, article_id) select 'probe', id from article");

        jdbc.update("delete from article where id = ?", ids.get(1));

        for (String table : List.of("article_sentence", "article_terms", "article_actor", "article_signature")) {
            Integer deleted = jdbc.queryForObject("select count(*) from " + table + " where article_id = ?", Integer.class, ids.get(1));
            Integer kept = jdbc.queryForObject("select count(*) from " + table + " where article_id = ?", Integer.class, ids.get(0));
            assertThat(deleted).as(table + " rows of the deleted article").isZero();
            assertThat(kept).as(table + " rows of another article").isPositive();
        }
    }

    // ---------------------------------------------------------------- articles

    @Test
    void insertAllIfNewDecidesDuplicatesAsInsertingOneByOne() {
        long batch = importBatch();
        long outlet = jdbc.queryForObject("insert into outlet (name, name_key) values ('Outlet', 'outlet') returning id", Long.class);
        OffsetDateTime time = OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(3));
        NewArticle stored = article(batch, "stored", "https://x.example/stored");
        List<NewArticle> list = List.of(
                full(batch, outlet, time, "h0", "https://x.example/0"),                  // 0 new
                article(batch, "h0", "https://x.example/1"),                              // 1 same hash as 0
                article(batch, "h2", "https://x.example/0"),                              // 2 same URL as 0
                article(batch, "stored", null),                                           // 3 same hash as stored
                article(batch, "h4", "https://x.example/stored"),                         // 4 same URL as stored
                bare(batch, "h5"),                                                        // 5 new, every nullable null
                withFlags(article(batch, "h6", null), EnumSet.allOf(ArticleFlag.class)),  // 6 new, several flags
                article(batch, "h7", null),                                               // 7 new: null URLs do not clash
                article(batch, "h8", "https://x.example/stored"),                         // 8 same URL as stored
                article(batch, "h8", "https://x.example/9"),                              // 9 new: 8 was not stored
                article(batch, "h8", "https://x.example/9"),                              // 10 same as 9
                article(batch, "c".repeat(64), "https://x.example/11"),                   // 11 new, full-length hash
                article(batch, "C".repeat(64), "https://x.example/11"));                  // 12 same URL as 11

        articles.insertIfNew(stored).orElseThrow();
        List<Optional<Long>> together = articles.insertAllIfNew(list);
        Map<String, List<String>> togetherRows = articleRows();

        clean();
        importBatch();
        jdbc.update("insert into outlet (name, name_key) values ('Outlet', 'outlet')");
        RowByRowArticleWriter before = new RowByRowArticleWriter(db, features);
        before.insertIfNew(stored).orElseThrow();
        List<Optional<Long>> oneByOne = list.stream().map(before::insertIfNew).toList();

        assertThat(together.stream().map(Optional::isPresent).toList())
                .containsExactly(true, false, false, false, false, true, true, true, false, true, false, true, false);
        assertThat(together.stream().map(Optional::isPresent).toList())
                .isEqualTo(oneByOne.stream().map(Optional::isPresent).toList());
        assertAscending(together);
        // the same rows (ids aside: a skipped row uses up an identity value either way, not always the same one)
        assertThat(togetherRows.get("article")).containsExactlyElementsOf(articleRows().get("article"));

        ArticleDetail full = articles.findById(together.getFirst().orElseThrow()).orElseThrow();
        NewArticle f = list.getFirst();
        assertThat(full).usingRecursiveComparison().ignoringFields("id", "outlet", "publishedAt", "flags")
                .isEqualTo(new ArticleDetail(0, f.title(), f.outletId(), null, f.outletEvidence(), f.outletSnippet(),
                        f.upstreamSource(), f.url(), f.byline(), null, f.publishedZone(), f.language(), f.body(), f.wordCount(),
                        Set.of(), f.importBatchId(), f.sourceRecord()));
        assertThat(full.publishedAt().toInstant()).isEqualTo(time.toInstant());
        assertThat(full.flags()).containsExactlyInAnyOrder(ArticleFlag.NO_OUTLET, ArticleFlag.TEASER_ONLY);
        ArticleDetail bare = articles.findById(together.get(5).orElseThrow()).orElseThrow();
        assertThat(bare.outletId()).isNull();
        assertThat(bare.outletEvidence()).isNull();
        assertThat(bare.outletSnippet()).isNull();
        assertThat(bare.upstreamSource()).isNull();
        assertThat(bare.url()).isNull();
        assertThat(bare.byline()).isNull();
        assertThat(bare.publishedAt()).isNull();
        assertThat(bare.publishedZone()).isNull();
        assertThat(bare.language()).isNull();
        assertThat(bare.flags()).isEmpty();
        assertThat(articles.findById(together.get(6).orElseThrow()).orElseThrow().flags()).isEqualTo(EnumSet.allOf(ArticleFlag.class));
        assertThat(jdbc.queryForList("select flags::text from article where content_hash in ('h5', 'h6') order by id", String.class))
                .containsExactly("{}", "{EMPTY_BODY,NEAR_DUPLICATE,NO_OUTLET,SUMMARY_ONLY,TEASER_ONLY}");
        assertThat(articles.insertAllIfNew(List.of())).isEmpty();
        assertThat(articles.insertIfNew(article(batch, "h0", null))).isEmpty();
    }

    @Test
    void insertAllIfNewTakesMoreThanOneImportTransactionAtOnce() {
        long batch = importBatch();
        List<NewArticle> list = new ArrayList<>();
        List<Boolean> expected = new ArrayList<>();
        Set<String> hashes = new java.util.HashSet<>();
        Set<String> urls = new java.util.HashSet<>();
        for (int i = 0; i < 150; i++) {
            // every 7th repeats an earlier hash, every 11th an earlier URL
            String hash = i % 7 == 6 ? "hash" + (i - 3) : "hash" + i;
            String url = i % 11 == 10 ? "https://y.example/" + (i - 5) : i % 2 == 0 ? "https://y.example/" + i : null;
            list.add(article(batch, hash, url));
            // inserting one by one: new unless its hash or URL is already there
            boolean isNew = !hashes.contains(hash) && (url == null || !urls.contains(url));
            if (isNew) {
                hashes.add(hash);
                if (url != null) {
                    urls.add(url);
                }
            }
            expected.add(isNew);
        }
        assertThat(expected).contains(false).contains(true);
        List<Optional<Long>> ids = articles.insertAllIfNew(list);

        assertThat(ids.stream().map(Optional::isPresent).toList()).isEqualTo(expected);
        assertAscending(ids);
        assertThat(articles.countAll()).isEqualTo((int) expected.stream().filter(b -> b).count());
        // stored again: all duplicates
        assertThat(articles.insertAllIfNew(list)).allMatch(Optional::isEmpty);
    }

    // ---------------------------------------------------------------- helpers

    private static void assertAscending(List<Optional<Long>> ids) {
        List<Long> present = ids.stream().flatMap(Optional::stream).toList();
        assertThat(present).isSorted().doesNotHaveDuplicates();
    }

    private static void assertSameTerms(StoredTerms actual, StoredTerms expected) {
        assertThat(actual.bodyTerms()).containsExactly(expected.bodyTerms());
        assertThat(actual.bodyCounts()).containsExactly(expected.bodyCounts());
        assertThat(actual.titleTerms()).containsExactly(expected.titleTerms());
        assertThat(actual.titleCounts()).containsExactly(expected.titleCounts());
        assertThat(actual.actorKeys()).isEqualTo(expected.actorKeys());
    }

    /** Features with what could go wrong: quoting, empty arrays, extreme hashes, duplicate, empty and long actor keys. */
    private static ArticleTextFeatures awkwardFeatures() {
        List<Span> spans = List.of(new Span(0, 10), new Span(11, 12), new Span(13, 30), new Span(31, 31));
        List<long[]> shingles = List.of(new long[] {1, -2, Long.MAX_VALUE}, new long[0], new long[] {Long.MIN_VALUE}, new long[0]);
        Map<String, Integer> body = new LinkedHashMap<>();
        body.put("a\"b", 2);
        body.put("c\\d", 1);
        body.put("{x,y}", 3);
        body.put("NULL", 1);
        body.put("null", 1);
        body.put("é ü", 4);
        body.put("t".repeat(ArticleFeaturesRepository.MAX_TERM_CHARS), 1);
        body.put("u".repeat(ArticleFeaturesRepository.MAX_TERM_CHARS + 1), 5);
        List<Actor> actors = List.of(
                new Actor("Ann Lee", Set.of("Ann Lee", "Lee, \"Ann\""), List.of(Mention.of("Ann Lee", 0), Mention.of("Ann Lee", 20))),
                new Actor("--", Set.of("Bob"), List.of(Mention.of("Bob", 60))),
                new Actor("B".repeat(250), Set.of("Bob"), List.of(Mention.of("Bob", 40))),
                new Actor("C".repeat(301), Set.of("Cid"), List.of(Mention.of("Cid", 70))),
                new Actor("Zed", Set.of("Zed"), List.of(Mention.of("Zed", 50))),
                new Actor("Ann Lee", Set.of("Ann"), List.of(Mention.of("Ann", 80))));
        return new ArticleTextFeatures(spans, shingles, TermCounts.of(body), TermCounts.EMPTY, actors);
    }

    /** Every row of the feature tables and the statistics, as text, in key order. */
    private Map<String, List<String>> featureRows() {
        Map<String, List<String>> rows = new TreeMap<>();
        rows.put("article_sentence", jdbc.queryForList("select s::text from article_sentence s order by article_id, ordinal", String.class));
        rows.put("article_terms", jdbc.queryForList("select t::text from article_terms t order by article_id", String.class));
        rows.put("article_actor", jdbc.queryForList("select a::text from article_actor a order by article_id, actor_key", String.class));
        rows.put("term_stat", jdbc.queryForList("select s::text from term_stat s order by term", String.class));
        return rows;
    }

    /** The article rows, as text, without the generated id and creation time. */
    private Map<String, List<String>> articleRows() {
        return Map.of("article", jdbc.queryForList("select (outlet_id, outlet_evidence, outlet_snippet, upstream_source, title, url, "
                + "byline, published_at, published_zone, language, body, word_count, content_hash, flags, import_batch_id, "
                + "source_record, created_by)::text from article order by id", String.class));
    }

    /** Articles with ids 1..n (the identity restarts with every clean), for the features to refer to. */
    private List<Long> insertPlaceholders(int n) {
        long batch = importBatch();
        List<NewArticle> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(article(batch, "placeholder" + i, null));
        }
        List<Long> ids = articles.insertAllIfNew(list).stream().map(Optional::orElseThrow).toList();
        assertThat(ids.getFirst()).isEqualTo(1L);
        return ids;
    }

    private long importBatch() {
        return jdbc.queryForObject("insert into import_batch (source_name, format, created_by) values ('test', 'TEST', 1) returning id",
                Long.class);
    }

    private static NewArticle article(long batch, String hash, String url) {
        return new NewArticle("Title " + hash, null, null, null, null, url, null, null, null, "en", "Body of " + hash, 3, hash,
                Set.of(), batch, "record " + hash, 1);
    }

    private static NewArticle bare(long batch, String hash) {
        return new NewArticle("Bare " + hash, null, null, null, null, null, null, null, null, null, "", 0, hash, Set.of(), batch,
                "record", 1);
    }

    private static NewArticle full(long batch, long outlet, OffsetDateTime time, String hash, String url) {
        return new NewArticle("Full “quoted” title, {braces}", outlet, "TITLE_SUFFIX", "— Outlet", "Wire \"AP\"", url, "By A. Writer",
                time, "+03:00", "en", "Body\nwith \\ backslash and \"quotes\" and NULL", 9, hash,
                EnumSet.of(ArticleFlag.TEASER_ONLY, ArticleFlag.NO_OUTLET), batch, "{\"title\": \"x\"}", 1);
    }

    private static NewArticle withFlags(NewArticle a, Set<ArticleFlag> flags) {
        return new NewArticle(a.title(), a.outletId(), a.outletEvidence(), a.outletSnippet(), a.upstreamSource(), a.url(), a.byline(),
                a.publishedAt(), a.publishedZone(), a.language(), a.body(), a.wordCount(), a.contentHash(), flags, a.importBatchId(),
                a.sourceRecord(), a.createdBy());
    }

    /** The first articles of the grouping evaluation corpus (real-looking news with named actors). */
    private static List<NewArticle> evaluationArticles(int n) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<NewArticle> list = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ArticleBatchWriteTest.class.getResourceAsStream("/eval/grouping-eval.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && list.size() < n) {
                JsonNode node = json.readTree(line);
                Function<String, String> text = k -> node.get(k).asString();
                list.add(new NewArticle(text.apply("title"), null, null, null, null, text.apply("url"), null, null, null, "en",
                        text.apply("body"), 0, "eval" + list.size(), Set.of(), 0, line, 1));
            }
        }
        return list;
    }
}
