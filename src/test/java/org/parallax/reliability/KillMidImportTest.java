package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ParallaxApplication;
import org.parallax.platform.CommandLine;
import org.parallax.testsupport.ChildJvm;
import org.parallax.testsupport.CorpusInvariants;
import org.parallax.testsupport.GeneratedCorpus;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fault injection, a crash: the application (in a JVM of its own, on its embedded database) is killed
 * with {@code kill -9} in the middle of an import through the REST API, after some of the import's
 * transactions committed; started again on the same data directory it starts the first time, the
 * import shows "interrupted" with what it really stored, and the corpus invariants hold.
 */
@Tag("fault-injection")
class KillMidImportTest {

    static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    static final Pattern CREATED = Pattern.compile("\"status\":\"(\\w+)\",\"created\":(\\d+)");

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anImportKilledMidwayIsInterruptedWithItsRealCountsAfterTheRestart(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("data");
        Path file = GeneratedCorpus.write(dir.resolve("killed.jsonl"), "killed.example", 5, 3000, 50);
        try {
            int createdWhenKilled;
            try (ChildJvm app = startApp(dataDir, dir.resolve("first.log"))) {
                int port = Integer.parseInt(app.awaitLine(PORT.pattern(), Duration.ofMinutes(3)).group(1));
                http.sendAsync(upload(port, file), HttpResponse.BodyHandlers.discarding()); // answered never: killed first
                createdWhenKilled = awaitCreated(port, 128, Duration.ofMinutes(3));
                app.kill9();
            }
            assertThat(createdWhenKilled).as("some transactions committed before the kill").isGreaterThanOrEqualTo(128);

            try (ChildJvm restarted = startApp(dataDir, dir.resolve("second.log"))) {
                int port = Integer.parseInt(restarted.awaitLine(PORT.pattern(), Duration.ofMinutes(3)).group(1));
                restarted.awaitLine("Started ParallaxApplication", Duration.ofMinutes(2));
                String imports = get(port, "/api/imports");
                Matcher m = CREATED.matcher(imports);
                assertThat(m.find()).as(imports).isTrue();
                assertThat(m.group(1)).isEqualTo("interrupted");
                int created = Integer.parseInt(m.group(2));
                assertThat(created).as("at least what the history showed before the kill").isGreaterThanOrEqualTo(createdWhenKilled)
                        .isLessThan(3000);
                assertThat(Files.readString(restarted.output)).contains("was interrupted when Parallax stopped");
                try (SingleConnectionDataSource db = embeddedDatabase(dataDir)) {
                    awaitInvariants(db, Duration.ofMinutes(2));
                    assertThat(new org.springframework.jdbc.core.JdbcTemplate(db)
                            .queryForObject("select count(*) from article", Integer.class)).isEqualTo(created);
                }
                restarted.stop();
            }
        } finally {
            stopLeftoverServer(dataDir.resolve("postgres"));
        }
    }

    private static ChildJvm startApp(Path dataDir, Path log) throws IOException {
        return ChildJvm.start(ParallaxApplication.class, log, "--parallax.data-dir=" + dataDir, "--server.port=0",
                "--spring.autoconfigure.exclude=" + CommandLine.NO_VAADIN, "--parallax.demo.enabled=false",
                "--spring.main.banner-mode=off");
    }

    private static HttpRequest upload(int port, Path file) throws IOException {
        String boundary = "parallax-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"killed.jsonl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail)))
                .build();
    }

    /** Waits until the running import's history shows at least {@code atLeast} articles; answers the count. */
    private int awaitCreated(int port, int atLeast, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Matcher m = CREATED.matcher(get(port, "/api/imports"));
            if (m.find() && m.group(1).equals("running") && Integer.parseInt(m.group(2)) >= atLeast) {
                return Integer.parseInt(m.group(2));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the import's history never showed " + atLeast + " articles while running");
    }

    private String get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The application's embedded database, found through the port in its postmaster.pid (fourth line). */
    private static SingleConnectionDataSource embeddedDatabase(Path dataDir) throws IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return new SingleConnectionDataSource("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", "", true);
    }

    /** Start-up groups what the crash left ungrouped just after it starts: waits for the invariants to hold. */
    static void awaitInvariants(javax.sql.DataSource db, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!CorpusInvariants.violations(db).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(500);
        }
        CorpusInvariants.assertHold(db);
    }

    /** Stops a PostgreSQL a failed run may have left in the temporary directory (SIGTERM: it has no clients left). */
    static void stopLeftoverServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            Optional<ProcessHandle> server = ProcessHandle.of(pid);
            server.ifPresent(p -> {
                p.destroy();
                p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> p).join();
            });
        }
    }
}
