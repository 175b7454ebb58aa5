package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ParallaxApplication;
import org.parallax.article.ArticleFeatureExtractor;
import org.parallax.article.ArticleStore;
import org.parallax.article.NewArticle;
import org.parallax.platform.CommandLine;
import org.parallax.testsupport.CleanDatabase;
import org.parallax.testsupport.CorpusInvariants;
import org.parallax.testsupport.GeneratedCorpus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import's status and counts tell the truth: while it runs, the history shows what its committed
 * transactions stored; an import the application stopped in the middle of becomes "interrupted" at
 * the next start, with the counts of what it really stored, instead of "running" with 0 forever.
 */
@SpringBootTest
class ImportStatusTest {

    @Autowired ImportService imports;
    @Autowired ImportBatchRepository batches;
    @Autowired ArticleStore store;
    @Autowired ArticleFeatureExtractor extractor;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;
    @Autowired Environment environment;

    @BeforeEach
    void emptyDatabase() {
        CleanDatabase.truncate(dataSource);
    }

    /** What the import history said at one moment, beside what was stored under the import then. */
    record Seen(String status, int created, int stored) {}

    @Test
    void whileAnImportRunsTheHistoryShowsWhatItsCommittedTransactionsStored(@TempDir Path dir) throws Exception {
        Path file = GeneratedCorpus.write(dir.resolve("progress.jsonl"), "progress.example", 3, 400, 40);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Seen> seen = new CopyOnWriteArrayList<>();
        ExecutorService observer = Executors.newSingleThreadExecutor();
        // asked by the import before each transaction: another connection looks at the history then
        ImportListener watcher = new ImportListener() {
            @Override
            public boolean cancelled() {
                try {
                    seen.add(observer.submit(() -> {
                        ImportBatchRepository.ImportSummary now = batches.findRecent(1).getFirst();
                        int stored = jdbc.queryForObject("select count(*) from article where import_batch_id = ?", Integer.class, now.id());
                        return new Seen(now.status(), now.created(), stored);
                    }).get());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return false;
            }
        };
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = imports.importStream("progress.jsonl", in, null, watcher);
        } finally {
            observer.shutdown();
        }

        assertThat(report.created()).isEqualTo(400);
        assertThat(seen).as("the history while running").allSatisfy(s -> {
            assertThat(s.status()).isEqualTo("running");
            assertThat(s.created()).as("created so far").isEqualTo(s.stored());
        });
        assertThat(seen).as("progress seen part-way").anySatisfy(s -> assertThat(s.created()).isBetween(1, 399));
        CorpusInvariants.assertHold(dataSource);
    }

    @Test
    void anImportLeftRunningByACrashIsInterruptedWithItsRealCountsAtTheNextStart() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long batch = jdbc.queryForObject("insert into import_batch (source_name, format, created_by) "
                + "values ('big.jsonl', 'JSONL', 1) returning id", Long.class);
        String body = "Ferry crews in Porth Vale stopped work at dawn over rosters. The operator said it would talk on Friday.";
        List<NewArticle> articles = List.of(
                new NewArticle("Porth Vale ferry crews stop work", null, null, null, null, "https://a.example/ferry", null, null, null,
                        "en", body, 19, "hash-ferry-a", Set.of(), batch, "line 1", 1),
                new NewArticle("Ferries halted in Porth Vale", null, null, null, null, "https://b.example/ferry", null, null, null,
                        "en", body + " Queues formed at the quay.", 24, "hash-ferry-b", Set.of(), batch, "line 2", 1));
        // its first transaction committed (and was grouped: the crash came during the next one)
        transactions.executeWithoutResult(tx -> store.storeAllIfNewAnnouncingLater(articles,
                articles.stream().map(a -> extractor.extract(a.title(), a.body())).toList()));
        jdbc.update("insert into import_issue (batch_id, kind, record, message) values (?, 'duplicate', 'line 3', 'duplicate of article #1')",
                batch);

        try (ConfigurableApplicationContext restarted = restart()) {
            ImportBatchRepository.ImportSummary after = restarted.getBean(ImportBatchRepository.class).findRecent(1).getFirst();
            assertThat(after.id()).isEqualTo(batch);
            assertThat(after.status()).isEqualTo("interrupted");
            assertThat(after.created()).isEqualTo(2);
            assertThat(after.duplicates()).isEqualTo(1);
            assertThat(restarted.getBean(ImportBatchRepository.class).findReport(batch).orElseThrow().finishedAt()).isNotNull();
        }
        CorpusInvariants.assertHold(dataSource);
    }

    /** Starts the application again on this test's database, as after a crash. */
    private ConfigurableApplicationContext restart() {
        return new SpringApplicationBuilder(ParallaxApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--spring.autoconfigure.exclude=" + CommandLine.NO_VAADIN, "--spring.main.banner-mode=off",
                "--parallax.demo.enabled=false");
    }
}
