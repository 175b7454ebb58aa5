package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleRepository;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * ZIP archives (entry by entry, with a ZIP bomb stopped), URL lists fetched from a local HTTP
 * server (nothing here reaches the internet), and the configurable limits.
 */
@SpringBootTest(properties = {
        "parallax.import.fetch.allow-private-addresses=true",
        "parallax.import.fetch.max-bytes=20000",
        "parallax.import.max-archive-bytes=1000000",
        "parallax.import.max-title-chars=200"})
class ArchiveAndUrlImportTest {

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;
    @Autowired DataSource dataSource;
    HttpServer server;
    String base;

    @BeforeEach
    void setUp() throws IOException {
        CleanDatabase.truncate(dataSource);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/story", 200, digest("Ferry service resumes after storm", "Ferries to the islands run again, the port authority said.", "Island Gazette"));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/story2");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        serve("/story2", 200, digest("Port authority counts storm damage", "Two piers were damaged, the port authority said.", "Island Gazette"));
        serve("/gone", 404, "not here");
        serve("/huge", 200, "x".repeat(30_000));
        serve("/notes", 200, "just some words, not an article format");
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aZipIsReadEntryByEntryAndBadEntriesAreNamed() throws IOException {
        byte[] zip = zip(
                "one.txt", digest("Harbour crane collapses", "A crane fell onto the quay overnight.", "Quay Times"),
                "nested/two.txt", digest("Crane inquiry opens", "An inquiry into the crane collapse opened.", "Dock Herald"),
                "notes.txt", "shopping list: bread, milk",
                "inner.zip", new String(zip("a.txt", "x"), StandardCharsets.ISO_8859_1),
                "__MACOSX/._one.txt", "resource fork");

        ImportReport report = imports.importStream("bundle.zip", new ByteArrayInputStream(zip), null);

        assertThat(report.format()).isEqualTo("ZIP");
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RecordProblem::record)
                .containsExactlyInAnyOrder("bundle.zip!notes.txt", "bundle.zip!inner.zip", "bundle.zip!__MACOSX/._one.txt");
        assertThat(report.rejected()).anySatisfy(p -> assertThat(p.message()).contains("archives inside archives"));
        assertThat(articles.findById(report.articleIds().get(1)).orElseThrow().sourceRecord())
                .startsWith("bundle.zip!nested/two.txt: block 1");
    }

    @Test
    void aZipBombIsStoppedAtTheLimitKeepingWhatCameBefore() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("first.txt"));
            out.write(digest("Before the bomb", "A normal story before the large entry.", "Quay Times").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("bomb.txt"));
            out.write("Selected Articles\n\nAn endless story\n\nShare The News\n\n".getBytes(StandardCharsets.UTF_8));
            byte[] words = "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(words);
            }
        }
        assertThat(bytes.size()).isLessThan(200_000);

        ImportReport report = imports.importStream("bomb.zip", new ByteArrayInputStream(bytes.toByteArray()), null);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.status()).isEqualTo("failed");
        assertThat(report.rejected()).anySatisfy(p -> assertThat(p.message()).contains("expands to more than 1000000 bytes"));
    }

    @Test
    void aDamagedZipStoresNothing() {
        byte[] damaged = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThatThrownBy(() -> imports.importStream("broken.zip", new ByteArrayInputStream(damaged), null))
                .isInstanceOf(UnreadableInputException.class);
        assertThat(articles.countAll()).isZero();
    }

    @Test
    void aUrlListFetchesEachPageAndReportsEachFailureByUrl() {
        String list = "# pages to fetch\n" + base + "/story\n" + base + "/moved\n" + base + "/gone\n" + base + "/huge\n"
                + base + "/notes\nnot a url at all\n";

        ImportReport report = imports.importStream("urls.txt", new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)), null);

        assertThat(report.format()).isEqualTo("URLS");
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RecordProblem::record)
                .contains(base + "/gone", base + "/huge", base + "/notes", "line 7");
        assertThat(report.rejected()).anySatisfy(p -> assertThat(p.message()).contains("HTTP 404"));
        assertThat(report.rejected()).anySatisfy(p -> assertThat(p.message()).contains("larger than 20000 bytes"));
        assertThat(articles.findById(report.articleIds().get(1)).orElseThrow().url()).isEqualTo(base + "/story2");
    }

    @Test
    void aTitleOverTheLimitIsRejectedWithItsReason() {
        String input = digest("A".repeat(150) + " " + "B".repeat(100), "Body.", "Quay Times")
                + digest("A short title", "Another body.", "Quay Times");
        ImportReport report = imports.importStream("long.txt", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), null);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.rejected()).singleElement().satisfies(p -> {
            assertThat(p.record()).startsWith("block 1");
            assertThat(p.message()).contains("title longer than 200 characters");
        });
    }

    private void serve(String path, int status, String body) {
        server.createContext(path, ex -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
    }

    static String digest(String title, String body, String outlet) {
        return "Selected Articles\n\n" + title + "\n\nShare The News\n\n" + body + "\n\nFirst published in " + outlet + "\n\nShare The News\n";
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                String content = namesAndContents[i + 1];
                out.write(namesAndContents[i].endsWith(".zip") ? content.getBytes(StandardCharsets.ISO_8859_1) : content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
