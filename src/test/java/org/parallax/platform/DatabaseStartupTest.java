package org.parallax.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ParallaxApplication;
import org.parallax.article.ArticleRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/**
 * How the app picks its database at start-up: embedded PostgreSQL with data that persists in
 * {@code parallax.data-dir} when none is configured, and one clear sentence when it cannot start.
 */
class DatabaseStartupTest {


    @Test
    void withoutADatabaseUrlTheEmbeddedPostgresKeepsItsDataBetweenRuns(@TempDir Path dataDir) {
        int first;
        try (ConfigurableApplicationContext app = start("parallax.data-dir=" + dataDir, "parallax.demo.enabled=true")) {
            first = app.getBean(ArticleRepository.class).countAll();
            assertThat(app.getEnvironment().getProperty("spring.datasource.url")).isNull();
        }
        assertThat(first).as("demo corpus loaded on first start").isGreaterThan(0);
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();

        try (ConfigurableApplicationContext app = start("parallax.data-dir=" + dataDir, "parallax.demo.enabled=true")) {
            assertThat(app.getBean(ArticleRepository.class).countAll()).as("same articles, not loaded twice").isEqualTo(first);
        }
    }

    @Test
    void anUnreachableDatabaseIsExplainedInOneSentence() {
        String url = "jdbc:postgresql://127.0.0.1:1/parallax";
        Throwable failure = catchThrowable(() -> start("spring.datasource.url=" + url,
                "spring.datasource.hikari.initialization-fail-timeout=1").close());

        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", url);
        FailureAnalysis analysis = new DatabaseFailureAnalyzer(env).analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Parallax could not connect to the database at " + url);
        assertThat(analysis.getAction()).contains("spring.datasource.url");
    }

    @Test
    void anUnusableDataDirectoryIsExplainedInOneSentence(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        Throwable failure = catchThrowable(() -> start("parallax.data-dir=" + file).close());

        FailureAnalysis analysis = new DatabaseFailureAnalyzer(new StandardEnvironment()).analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Parallax could not start its embedded PostgreSQL in " + file);
        assertThat(analysis.getAction()).contains("parallax.data-dir");
    }

    private static ConfigurableApplicationContext start(String... properties) {
        java.util.List<String> args = new java.util.ArrayList<>();
        for (String p : properties) {
            args.add("--" + p);
        }
        args.add("--spring.autoconfigure.exclude=" + CommandLine.NO_VAADIN);
        args.add("--spring.main.banner-mode=off");
        return new SpringApplicationBuilder(ParallaxApplication.class).web(WebApplicationType.NONE).run(args.toArray(String[]::new));
    }
}
