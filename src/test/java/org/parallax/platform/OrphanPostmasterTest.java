package org.parallax.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.ChildJvm;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;

/**
 * Restarting after a crash: a Parallax killed with {@code kill -9} leaves its embedded PostgreSQL
 * running with no owner; the next start stops it, says so, and starts on the same data the first
 * time. A PostgreSQL that a running Parallax owns is left alone and the second start is refused.
 */
@Tag("fault-injection")
@ExtendWith(OutputCaptureExtension.class)
class OrphanPostmasterTest {

    @Test
    void aStartAfterKillNineStopsTheOrphanedServerAndStartsOnTheSameData(@TempDir Path dataDir, CapturedOutput output)
            throws Exception {
        Path pgData = dataDir.resolve("postgres");
        long orphan;
        try (ChildJvm crashed = ChildJvm.start(EmbeddedDatabaseChild.class, dataDir.resolve("child.log"), dataDir.toString())) {
            crashed.awaitLine("READY on port", Duration.ofSeconds(120));
            orphan = OrphanPostmaster.pidOf(pgData).orElseThrow();
            crashed.kill9();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the server outlives its Parallax").contains(true);

        try (EmbeddedPostgres restarted = new EmbeddedDatabaseConfiguration().embeddedPostgres(dataDir)) {
            assertThat(readNote(restarted)).as("the data written before the crash").isEqualTo("kept");
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphan is gone").isEmpty();
            assertThat(output).contains("Found PostgreSQL (process " + orphan + ") still running in " + pgData
                    + " with no Parallax owning it");
        }
        assertThat(OrphanPostmaster.pidOf(pgData)).as("stopped cleanly at the end").isEmpty();
    }

    @Test
    void aServerThatARunningParallaxOwnsIsLeftAloneAndTheSecondStartRefused(@TempDir Path dataDir) throws Exception {
        Path pgData = dataDir.resolve("postgres");
        try (ChildJvm running = ChildJvm.start(EmbeddedDatabaseChild.class, dataDir.resolve("child.log"), dataDir.toString())) {
            running.awaitLine("READY on port", Duration.ofSeconds(120));
            long server = OrphanPostmaster.pidOf(pgData).orElseThrow();

            Throwable refused = catchThrowable(() -> new EmbeddedDatabaseConfiguration().embeddedPostgres(dataDir).close());

            FailureAnalysis analysis = new DatabaseFailureAnalyzer(new StandardEnvironment()).analyze(refused);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).startsWith("Parallax could not start its embedded PostgreSQL in " + pgData)
                    .contains("used by another running Parallax").contains("process " + server);
            assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).as("the owner's server still runs").contains(true);
            assertThat(running.isAlive()).isTrue();
            running.kill9();
            // the next start clears what the killed owner left, so that the temporary directory can go
            new EmbeddedDatabaseConfiguration().embeddedPostgres(dataDir).close();
        }
    }

    @Test
    void aPidFileNamingAnotherProgramIsRemovedAndThereIsNothingToStop(@TempDir Path dataDir) throws Exception {
        Path pgData = java.nio.file.Files.createDirectories(dataDir.resolve("postgres"));
        java.nio.file.Files.writeString(pgData.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + pgData + "\n");

        assertThat(OrphanPostmaster.clear(pgData)).isEqualTo(OrphanPostmaster.Outcome.REMOVED_STALE_PID_FILE);
        assertThat(pgData.resolve("postmaster.pid")).doesNotExist();
        assertThat(OrphanPostmaster.clear(pgData)).isEqualTo(OrphanPostmaster.Outcome.NONE);
        assertThat(Optional.of(ProcessHandle.current().isAlive())).contains(true);
    }

    private static String readNote(EmbeddedPostgres pg) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select note from written_before_the_crash")) {
            r.next();
            return r.getString(1);
        }
    }
}
