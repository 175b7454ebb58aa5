package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleDetail;
import org.parallax.article.ArticleRepository;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What an import promises whatever the input (docs/import-guarantees.md): no valid record disappears and the
 * report's counts add up to the records read, in every format; the charset is named, bad bytes are warned about,
 * undecodable input is refused with a reason; NUL characters never reach the database and its refusals read
 * as short reasons; ZIP entries are never skipped silently and a ZIP bomb is stopped by its compression ratio.
 */
@SpringBootTest
class ImportGuaranteesTest {

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;
    @Autowired DataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        CleanDatabase.truncate(dataSource);
    }

    // ---- 1. no valid record disappears; the counts add up ----

    @Test
    void aValidCsvRowAfterAMalformedQuotedRowIsStored() {
        String csv = "title,body,outlet\n"
                + "Ferry pier closes,The harbour board closed the old ferry pier on Tuesday.,Harbour Ledger\n"
                + "\"Ferry\" crews strike,\"The crews walked out, the union said,Quay Times\n"
                + "Farmers count the damage,Farmers said the water board acted too late.,Valley Courier\n";

        ImportReport report = importText("rows.csv", csv);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejected()).singleElement().satisfies(p -> assertThat(p.record()).isEqualTo("row 3"));
        assertThat(articles.findById(report.articleIds().get(1)).orElseThrow().title()).isEqualTo("Farmers count the damage");
    }

    @Test
    void theCountsOfEveryFormatAddUpToTheRecordsRead() throws IOException {
        assertCountsAddUp("digest.txt", digest("Digest: pier closes", "The harbour board closed the pier.")
                + "Selected Articles\n\nShare The News\n\nA block without a title.\n\nShare The News\n"
                + digest("Digest: farmers count damage", "Farmers said the board acted too late.")
                + digest("Digest: pier closes", "The harbour board closed the pier."), 4);
        assertCountsAddUp("rows.csv", "title,body\nCsv: pier closes,The board closed the pier.\n"
                + "\"Csv\" broken,\"open quote\nCsv: farmers,Farmers said so.\nCsv: pier closes,The board closed the pier.\n"
                + "Csv: too many,fields,here\n", 5);
        assertCountsAddUp("lines.jsonl", """
                {"title":"Jsonl: pier closes","body":"The board closed the pier."}
                {"title": broken json
                {"title":"Jsonl: farmers","body":"Farmers said so."}
                {"title":"Jsonl: pier closes","body":"The board closed the pier."}
                {"body":"no title at all"}
                """, 5);
        assertCountsAddUp("page.html", "<!doctype html><html><head><title>Html: pier closes</title></head><body><article>"
                + "<h1>Html: pier closes</h1><p>The harbour board closed the old ferry pier on Tuesday after divers"
                + " found cracks in its columns.</p></article></body></html>", 1);
        assertCountsAddUp("feed.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Ledger</title><link>https://ledger.example/</link>
                <item><title>Feed: pier closes</title><link>https://ledger.example/pier</link><description>The board closed the pier.</description></item>
                <item><title>Feed: farmers</title><link>https://ledger.example/farmers</link><description>Farmers said so.</description></item>
                <item><title>Feed: pier again</title><link>https://ledger.example/pier</link><description>Same link as the first.</description></item>
                <item><link>https://ledger.example/untitled</link></item>
                </channel></rss>
                """, 4);
        byte[] zip = zip("a.jsonl", """
                {"title":"Zip: pier closes","body":"The board closed the pier."}
                {"title": broken
                """, "notes.txt", "a shopping list, not an article format", "__MACOSX/._a.jsonl", "resource fork");
        ImportReport report = imports.importStream("bundle.zip", new ByteArrayInputStream(zip), null);
        assertThat(accounted(report)).as("bundle.zip").isEqualTo(2 + 1 + 1);
    }

    // ---- 2. encodings ----

    @Test
    void oneBadByteInUtf8KeepsUtf8NamesItAndWarnsOnThatRecordOnly() {
        byte[] bytes = concat("""
                {"title":"Le café du port rouvre","body":"Le café a rouvert lundi, selon la mairie."}
                {"title":"Un octet abîmé","body":"Ce texte a un octet\s""".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF}, " abîmé.\"}\n".getBytes(StandardCharsets.UTF_8));

        ImportReport report = imports.importStream("cafe.jsonl", new ByteArrayInputStream(bytes), null);

        assertThat(report.charset()).isEqualTo("UTF-8");
        assertThat(report.created()).isEqualTo(2);
        assertThat(articles.findById(report.articleIds().getFirst()).orElseThrow().title()).isEqualTo("Le café du port rouvre");
        assertThat(report.warnings()).filteredOn(w -> w.message().contains("could not be decoded"))
                .singleElement().satisfies(w -> assertThat(w.record()).isEqualTo("line 2"));
    }

    @Test
    void aBadBytePastTheFirst64KilobytesIsWarnedAbout() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 600; i++) {
            text.append("{\"title\":\"Réunion du conseil numéro ").append(i)
                    .append("\",\"body\":\"Le conseil municipal s'est réuni pour la séance numéro ").append(i)
                    .append(" et a voté le budget du port.\"}\n");
        }
        assertThat(text.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(TextDecoder.SAMPLE_BYTES);
        byte[] bytes = concat(text.toString().getBytes(StandardCharsets.UTF_8),
                "{\"title\":\"Octet abîmé\",\"body\":\"x".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '"', '}', '\n'});

        ImportReport report = imports.importStream("long.jsonl", new ByteArrayInputStream(bytes), null);

        assertThat(report.created()).isEqualTo(601);
        assertThat(report.warnings()).filteredOn(w -> w.message().contains("could not be decoded"))
                .singleElement().satisfies(w -> assertThat(w.record()).isEqualTo("line 601"));
    }

    @Test
    void windows1252IsNamedInTheReport() {
        byte[] bytes = "title,body\nCafé owners protest,The owners of the café said the tax was unfair.\n"
                .getBytes(Charset.forName("windows-1252"));

        ImportReport report = imports.importStream("cafe.csv", new ByteArrayInputStream(bytes), null);

        assertThat(report.charset()).isEqualTo("windows-1252");
        assertThat(articles.findById(report.articleIds().getFirst()).orElseThrow().title()).isEqualTo("Café owners protest");
    }

    @Test
    void shiftJisIsRefusedWithAReason() {
        byte[] bytes = "title,body\n港の渡し船が運航を再開,市によると、渡し船は月曜日に運航を再開した。\n".repeat(5)
                .getBytes(Charset.forName("Shift_JIS"));

        assertThatThrownBy(() -> imports.importStream("sjis.csv", new ByteArrayInputStream(bytes), null))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("save it as UTF-8");
        assertThat(articles.countAll()).isZero();
    }

    // ---- 6. reasons a user can read ----

    @Test
    void nulCharactersAreRemovedBeforeTheDatabase() {
        byte[] bytes = concat("""
                {"title":"Escaped nul","body":"A \\u0000 character escaped in JSON."}
                {"title":"Raw nul","body":"A raw""".getBytes(StandardCharsets.UTF_8), new byte[] {0},
                " byte in the file.\"}\n".getBytes(StandardCharsets.UTF_8));

        ImportReport report = imports.importStream("nul.jsonl", new ByteArrayInputStream(bytes), null);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.articleIds()).allSatisfy(id -> assertThat(articles.findById(id).orElseThrow().body()).doesNotContain("\u0000"));
        assertThat(articles.findById(report.articleIds().get(1)).orElseThrow().body()).isEqualTo("A raw byte in the file.");
    }

    @Test
    void aBinaryLineIsRejectedAloneAndTheRestOfTheFileLands() {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            junk.append((char) (1 + i % 30)).append('x');
        }
        String jsonl = "{\"title\":\"Before\",\"body\":\"A fine record before the junk.\"}\n"
                + "{\"title\":\"Junk\",\"body\":\"" + junk.toString().chars()
                        .mapToObj(c -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                        .collect(java.util.stream.Collectors.joining()) + "\"}\n"
                + "{\"title\":\"After\",\"body\":\"A fine record after the junk, with one stray \\u0007 bell.\"}\n";

        ImportReport report = importText("junk.jsonl", jsonl);

        assertThat(report.created()).as("the text records land, the stray control character does not matter").isEqualTo(2);
        assertThat(report.rejected()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo("line 2");
            assertThat(p.message()).startsWith("looks like binary data").contains("control characters");
        });
    }

    @Test
    void aRecordTheDatabaseRefusesGetsAShortReasonWithoutSql() {
        String jsonl = "{\"title\":\"Fine\",\"body\":\"A fine record.\",\"outlet\":\"Harbour Ledger\"}\n"
                + "{\"title\":\"Refused\",\"body\":\"Its outlet name is too long for the database.\",\"outlet\":\""
                + "Harbour ".repeat(50) + "\"}\n";

        ImportReport report = importText("refused.jsonl", jsonl);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.rejected()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo("line 2");
            assertThat(p.message()).startsWith("could not be stored: ").hasSizeLessThan(200)
                    .doesNotContainIgnoringCase("insert into").doesNotContain("SQL [");
        });
    }

    // ---- 7. ZIP archives ----

    @Test
    void zipEntriesSkippedAsHiddenAreListedAndOddNamesAreRead() throws IOException {
        String line = "{\"title\":\"Zip: pier closes\",\"body\":\"The board closed the pier.\"}\n";
        byte[] zip = zip("__MACOSX/._a.jsonl", "resource fork", ".hidden.jsonl", line, "..\\..\\x.jsonl",
                "{\"title\":\"Zip: odd name\",\"body\":\"An entry whose name climbs out of the folder.\"}\n");

        ImportReport report = imports.importStream("bundle.zip", new ByteArrayInputStream(zip), null);

        assertThat(report.created()).isEqualTo(1);
        ArticleDetail odd = articles.findById(report.articleIds().getFirst()).orElseThrow();
        assertThat(odd.sourceRecord()).isEqualTo("bundle.zip!..\\..\\x.jsonl: line 1");
        assertThat(report.rejected()).extracting(RecordProblem::record)
                .containsExactlyInAnyOrder("bundle.zip!__MACOSX/._a.jsonl", "bundle.zip!.hidden.jsonl");
        assertThat(report.rejected()).allSatisfy(p -> assertThat(p.message()).startsWith("skipped:"));
    }

    @Test
    void aZipBombIsStoppedByItsCompressionRatio() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("first.jsonl"));
            out.write("{\"title\":\"Before the bomb\",\"body\":\"A normal record.\"}\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("bomb.jsonl"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
        }
        assertThat(bytes.size()).isLessThan(400_000);

        long start = System.nanoTime();
        ImportReport report = imports.importStream("bomb.zip", new ByteArrayInputStream(bytes.toByteArray()), null);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.rejected()).anySatisfy(p -> assertThat(p.message()).contains("parallax.import.max-compression-ratio"));
        assertThat(millis).as("milliseconds spent on a %,d-byte archive", bytes.size()).isLessThan(20_000);
    }

    // ---- helpers ----

    private void assertCountsAddUp(String name, String text, int records) {
        CleanDatabase.truncate(dataSource);
        ImportReport report = importText(name, text);
        assertThat(report.created()).as(name).isEqualTo(report.articleIds().size());
        assertThat(accounted(report)).as("%s: created %d + duplicates %d + rejected %d", name, report.created(),
                report.duplicates(), report.rejected().size()).isEqualTo(records);
    }

    private static int accounted(ImportReport report) {
        return report.created() + report.duplicates() + report.rejected().size();
    }

    private ImportReport importText(String name, String text) {
        return imports.importStream(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    }

    private static String digest(String title, String body) {
        return "Selected Articles\n\n" + title + "\n\nShare The News\n\n" + body + "\n\nFirst published in Quay Times\n\nShare The News\n";
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
