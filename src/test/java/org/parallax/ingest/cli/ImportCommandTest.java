package org.parallax.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code import FILE…} prints each file's report and says which files it could not read. */
@SpringBootTest
class ImportCommandTest {

    @Autowired ImportService imports;
    @Autowired DataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        CleanDatabase.truncate(dataSource);
    }

    @Test
    void printsTheReportOfEachFileAndFailsOnAnUnreadableOne(@TempDir Path dir) throws Exception {
        Path digest = Path.of(getClass().getResource("/fixtures/import/river-digest.txt").toURI());
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a digest");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ImportCommand.importAll(imports, List.of(digest.toString(), notes.toString(), dir.resolve("missing.txt").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("river-digest.txt: import #").contains("4 created, 0 duplicates, 1 rejected")
                .contains("rejected: block 4").contains("articles: [");
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("notes.txt: not imported").contains("missing.txt: cannot be opened");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void theCommandRunsWithoutAWebServerAgainstTheGivenDatabase() throws Exception {
        Path digest = Path.of(getClass().getResource("/fixtures/import/river-digest.txt").toURI());
        String url = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl();
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = ImportCommand.run(org.parallax.ParallaxApplication.class,
                    new String[] {"import", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", digest.toString()});
        } finally {
            System.setOut(originalOut);
        }
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("4 created");
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject("select count(*) from article", Integer.class)).isEqualTo(4);
    }

    @Test
    void wrongUsageExitsWith2() {
        assertThat(ImportCommand.run(Object.class, new String[] {"import"})).isEqualTo(2);
    }
}
