package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ParallaxApplication;
import org.parallax.ingest.ImportBatchRepository;
import org.parallax.ingest.ImportFailedException;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.platform.CommandLine;
import org.parallax.testsupport.GeneratedCorpus;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault injection, the database goes away: PostgreSQL is stopped (fast shutdown, as an operator or a
 * failing host would) in the middle of an import. The import ends at once with a sentence saying what
 * is stored (its committed transactions, whole) and what is not; once PostgreSQL is back the
 * application serves requests again without a restart, marks the import failed with its real counts,
 * groups what it could not group meanwhile, and the corpus invariants hold.
 */
@Tag("fault-injection")
class DatabaseStopsMidImportTest {

    @Test
    void anImportWhoseDatabaseStopsFailsCleanlyAndTheAppRecoversWhenTheDatabaseIsBack(@TempDir Path dir) throws Exception {
        Path pgData = dir.resolve("pg");
        Path file = GeneratedCorpus.write(dir.resolve("outage.jsonl"), "outage.example", 9, 3000, 50);
        EmbeddedPostgres pg = database(pgData, 0);
        int port = pg.getPort();
        try (ConfigurableApplicationContext app = start(pg)) {
            ImportService imports = app.getBean(ImportService.class);
            ImportBatchRepository batches = app.getBean(ImportBatchRepository.class);
            CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return imports.importStream("outage.jsonl", in, null);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long batch = awaitCreated(batches, 128, Duration.ofMinutes(3));

            stopServer(pgData);
            Throwable failure = running.handle((report, t) -> t).get(3, TimeUnit.MINUTES);

            assertThat(failure).as("the import fails").isNotNull();
            ImportFailedException stopped = (ImportFailedException) (failure instanceof ImportFailedException f ? f : failure.getCause());
            assertThat(stopped.batchId()).isEqualTo(batch);
            assertThat(stopped.getMessage()).startsWith("Import #" + batch + " of 'outage.jsonl' stopped: the database stopped answering")
                    .contains("articles of its completed transactions are stored whole, nothing of the transaction in progress");

            pg.close(); // (lets go of the data directory's lock; the server is gone already)
            pg = database(pgData, port);
            // served again without a restart: the pool reconnects
            assertThat(batches.findRecent(1)).isNotEmpty();
            ImportBatchRepository.ImportSummary settled = awaitStatus(batches, batch, "failed", Duration.ofMinutes(1));
            DataSource db = pg.getPostgresDatabase();
            int stored = new JdbcTemplate(db).queryForObject("select count(*) from article where import_batch_id = ?", Integer.class, batch);
            assertThat(settled.created()).isEqualTo(stored).isGreaterThanOrEqualTo(128).isLessThan(3000);
            assertThat(batches.findReport(batch).orElseThrow().rejected())
                    .anySatisfy(p -> assertThat(p.message()).contains("the database stopped answering"));
            KillMidImportTest.awaitInvariants(db, Duration.ofMinutes(2));
        } finally {
            pg.close();
        }
    }

    private static EmbeddedPostgres database(Path pgData, int port) throws java.io.IOException {
        return EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres pg) {
        return new SpringApplicationBuilder(ParallaxApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.connection-timeout=2000", "--parallax.import.settle-retry=500ms",
                "--spring.autoconfigure.exclude=" + CommandLine.NO_VAADIN, "--spring.main.banner-mode=off",
                "--parallax.demo.enabled=false");
    }

    /** A fast shutdown of the server (SIGINT to the postmaster), waiting until it is gone. */
    private static void stopServer(Path pgData) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).getFirst().strip());
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
    }

    private static long awaitCreated(ImportBatchRepository batches, int atLeast, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            var recent = batches.findRecent(1);
            if (!recent.isEmpty() && recent.getFirst().created() >= atLeast) {
                return recent.getFirst().id();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the import never showed " + atLeast + " articles");
    }

    private static ImportBatchRepository.ImportSummary awaitStatus(ImportBatchRepository batches, long batch, String status,
                                                                   Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        ImportBatchRepository.ImportSummary last = null;
        while (System.nanoTime() < end) {
            last = batches.findRecent(10).stream().filter(b -> b.id() == batch).findFirst().orElseThrow();
            if (last.status().equals(status)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("import #" + batch + " is still " + (last == null ? "?" : last.status()));
    }
}
