package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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
 * Fault injection, a full disk: the database's data directory is a small tmpfs (mounted by the test;
 * skipped where {@code mount} is not allowed, see docs/reliability.md), filled by an import. The import
 * stops with a sentence instead of rejecting every remaining record one by one; when space is back
 * (the tmpfs grows) the database answers again, the import is marked failed with what it stored,
 * and the corpus invariants hold.
 */
@Tag("fault-injection")
class FullDiskTest {

    @Test
    void anImportThatFillsTheDiskStopsCleanlyAndTheCorpusRecoversWhenSpaceIsBack(@TempDir Path dir) throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", disk.toString()) == 0,
                "mounting a small tmpfs needs root outside a restricted container");
        Path pgData = disk.resolve("pg");
        EmbeddedPostgres pg = null;
        try {
            pg = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60)).start();
            int port = pg.getPort();
            Path file = GeneratedCorpus.write(dir.resolve("full.jsonl"), "full.example", 13, 6000, 80);
            try (ConfigurableApplicationContext app = start(pg)) {
                ImportService imports = app.getBean(ImportService.class);
                ImportBatchRepository batches = app.getBean(ImportBatchRepository.class);
                CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        return imports.importStream("full.jsonl", in, null);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                Throwable failure = running.handle((report, t) -> t).get(5, TimeUnit.MINUTES);

                assertThat(failure).as("the import stops when the disk is full").isNotNull();
                ImportFailedException stopped = (ImportFailedException) (failure instanceof ImportFailedException f ? f : failure.getCause());
                assertThat(stopped.getMessage()).containsPattern("stopped: the database('s disk is full| stopped answering)")
                        .contains("articles of its completed transactions are stored whole");
                long batch = java.util.Objects.requireNonNull(stopped.batchId());

                assertThat(run("mount", "-o", "remount,size=512m", disk.toString())).isZero();
                if (!serverRuns(pgData)) {
                    // PostgreSQL stops when it cannot write its log; it recovers from the log on start
                    pg.close();
                    pg = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).setPort(port)
                            .setPGStartupWait(Duration.ofSeconds(60)).start();
                }
                long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                String status = "";
                while (System.nanoTime() < end && !(status = statusOf(batches, batch)).equals("failed")) {
                    Thread.sleep(300);
                }
                assertThat(status).isEqualTo("failed");
                int stored = new JdbcTemplate(pg.getPostgresDatabase())
                        .queryForObject("select count(*) from article where import_batch_id = ?", Integer.class, batch);
                assertThat(stored).isLessThan(6000);
                KillMidImportTest.awaitInvariants(pg.getPostgresDatabase(), Duration.ofMinutes(2));
            }
        } finally {
            if (pg != null) {
                pg.close();
            }
            KillMidImportTest.stopLeftoverServer(pgData);
            run("umount", "-l", disk.toString());
        }
    }

    private static String statusOf(ImportBatchRepository batches, long batch) {
        try {
            return batches.findRecent(5).stream().filter(b -> b.id() == batch).findFirst().orElseThrow().status();
        } catch (RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static boolean serverRuns(Path pgData) throws java.io.IOException {
        Path pid = pgData.resolve("postmaster.pid");
        return Files.exists(pid) && ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).getFirst().strip()))
                .map(ProcessHandle::isAlive).orElse(false);
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres pg) {
        return new SpringApplicationBuilder(ParallaxApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.connection-timeout=2000", "--parallax.import.settle-retry=500ms",
                "--spring.autoconfigure.exclude=" + CommandLine.NO_VAADIN, "--spring.main.banner-mode=off",
                "--parallax.demo.enabled=false");
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
