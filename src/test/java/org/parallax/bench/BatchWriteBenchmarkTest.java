package org.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFeatureExtractor;
import org.parallax.article.ArticleFeaturesRepository;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleTextFeatures;
import org.parallax.article.NewArticle;
import org.parallax.article.RowByRowArticleWriter;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing an import transaction of 64 generated ~600-word articles (article row, sentences,
 * terms, actors, corpus statistics; features computed beforehand, grouping not included), three
 * ways: the code before the batch methods ({@link RowByRowArticleWriter}), the single-article
 * methods article by article, and the batch methods. Prints ms per article and the statements run.
 * Run with {@code ./mvnw -o -Pbench test -Dtest=BatchWriteBenchmarkTest} ({@code -Dbench.rounds=10}).
 */
@Tag("bench")
@SpringBootTest
@org.springframework.context.annotation.Import(TimedStatements.class)
class BatchWriteBenchmarkTest {

    static final int BATCH = 64;
    @Autowired StatementTimer statements;

    @Autowired ArticleRepository articles;
    @Autowired ArticleFeaturesRepository features;
    @Autowired ArticleFeatureExtractor extractor;
    @Autowired DSLContext db;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;

    interface Writes {
        void write(List<NewArticle> batch, List<ArticleTextFeatures> features);
    }

    @Test
    void writeSixtyFourArticlesPerArticleAndInOneBatch() throws Exception {
        CleanDatabase.truncate(dataSource);
        int rounds = Integer.getInteger("bench.rounds", 10);
        int warmup = 2;
        int perPath = warmup + 2 * rounds;
        List<NewArticle> all = corpus(3 * perPath * BATCH);
        List<ArticleTextFeatures> allFeatures = all.parallelStream().map(a -> extractor.extract(a.title(), a.body())).toList();
        System.out.printf("BENCH batch writes: %d articles of ~600 words, %.0f sentences and %.0f actors per article%n", all.size(),
                allFeatures.stream().mapToInt(f -> f.sentences().size()).average().orElse(0),
                allFeatures.stream().mapToInt(f -> f.actors().size()).average().orElse(0));

        RowByRowArticleWriter before = new RowByRowArticleWriter(db, features);
        Map<String, Writes> paths = new TreeMap<>();
        paths.put("1 before: row by row, per article", (batch, f) -> {
            for (int i = 0; i < batch.size(); i++) {
                long id = before.insertIfNew(batch.get(i)).orElseThrow();
                before.store(id, f.get(i));
            }
        });
        paths.put("2 single-article methods, per article", (batch, f) -> {
            for (int i = 0; i < batch.size(); i++) {
                long id = articles.insertIfNew(batch.get(i)).orElseThrow();
                features.store(id, f.get(i));
            }
        });
        paths.put("3 batch methods", (batch, f) -> {
            List<Long> ids = articles.insertAllIfNew(batch).stream().map(Optional::orElseThrow).toList();
            features.storeAll(ids, f);
        });

        int[] next = {0};
        Map<String, long[]> nanos = new TreeMap<>();
        Map<String, String> sql = new TreeMap<>();
        List<String> order = new ArrayList<>(paths.keySet());
        for (int pass = 0; pass < 3; pass++) {
            // warm-up, then the measured rounds in one order and then in the reverse order
            List<String> passOrder = pass == 2 ? order.reversed() : order;
            for (String name : passOrder) {
                int n = pass == 0 ? warmup : rounds;
                statements.reset();
                long start = System.nanoTime();
                for (int r = 0; r < n; r++) {
                    int from = next[0];
                    next[0] += BATCH;
                    transactions.executeWithoutResult(s -> {
                        articles.relaxCommitDurability();
                        paths.get(name).write(all.subList(from, from + BATCH), allFeatures.subList(from, from + BATCH));
                    });
                }
                long elapsed = System.nanoTime() - start;
                if (pass > 0) {
                    nanos.computeIfAbsent(name, k -> new long[1])[0] += elapsed;
                    sql.putIfAbsent(name, statements.report(n * BATCH)); // the statements of the first measured pass
                }
            }
        }
        assertThat(articles.countAll()).isEqualTo(next[0]);
        for (String name : order) {
            System.out.printf("BENCH %-40s %.3f ms per article (%d transactions of %d)%n", name,
                    nanos.get(name)[0] / 1e6 / (2 * rounds * BATCH), 2 * rounds, BATCH);
            System.out.print(sql.get(name));
        }
    }

    private List<NewArticle> corpus(int n) throws Exception {
        Path file = Files.createTempFile("parallax-batch-bench", ".jsonl");
        try {
            new SyntheticCorpus(42, 30_000).write(file, n, 600);
            long batch = new JdbcTemplate(dataSource).queryForObject(
                    "insert into import_batch (source_name, format, created_by) values ('bench', 'JSONL', 1) returning id", Long.class);
            JsonMapper json = JsonMapper.builder().build();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<NewArticle> list = new ArrayList<>(n);
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode o = json.readTree(line);
                String title = o.get("title").asString();
                String body = o.get("body").asString();
                String hash = HexFormat.of().formatHex(sha.digest((title + "\n\n" + body).getBytes(StandardCharsets.UTF_8)));
                list.add(new NewArticle(title, null, null, null, null, o.get("url").asString(), null,
                        OffsetDateTime.parse(o.get("published_at").asString()), null, o.get("language").asString(), body,
                        body.split("\\s+").length, hash, Set.of(), batch, line, 1));
            }
            assertThat(list).hasSize(n);
            return list;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
