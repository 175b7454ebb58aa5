package org.parallax.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user does after {@code ./mvnw package}: {@code java -jar target/parallax.jar} starts, in
 * production mode, and answers the start page and the API. Run by failsafe after the jar is
 * built ({@code ./mvnw verify}); gives the jar 90 s to answer.
 */
class PackagedJarIT {

    static final Duration STARTUP = Duration.ofSeconds(90);

    @Test
    void thePackagedJarStartsAndAnswersTheStartPageAndTheApi(@TempDir Path dataDir) throws Exception {
        Path jar = Path.of("target", "parallax.jar");
        assertThat(jar).as("./mvnw package builds target/parallax.jar").exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dataDir.resolve("app.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process app = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--server.port=" + port,
                "--parallax.data-dir=" + dataDir.resolve("data"), "--parallax.demo.enabled=false"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            int page = waitForAnswer(client, "http://localhost:" + port + "/", app, log);
            assertThat(page).as("GET / (log: %s)", log).isEqualTo(200);

            HttpResponse<String> events = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/events?limit=1")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(events.statusCode()).isEqualTo(200);
            assertThat(events.body()).contains("\"total\"");
            assertThat(Files.readString(log)).contains("production mode").doesNotContain("vaadin-dev-server");
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    /** The status of the first answer within {@link #STARTUP}; fails early when the app exits. */
    private static int waitForAnswer(HttpClient client, String url, Process app, Path log) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("the jar exited with " + app.exitValue() + ":\n" + tail(log));
            }
            try {
                return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                Thread.sleep(1000);
            }
        }
        throw new AssertionError("no answer from " + url + " within " + STARTUP.toSeconds() + " s:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
