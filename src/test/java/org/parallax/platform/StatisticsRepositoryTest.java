package org.parallax.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The upkeep a large import does as it goes: planner statistics and the signature index's visibility map. */
@SpringBootTest
class StatisticsRepositoryTest {

    @Autowired StatisticsRepository statistics;
    @Autowired ImportService imports;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;

    @Test
    void vacuumingThePostingsMarksEveryPageAllVisibleSoTheCandidateSearchCanReadTheIndexAlone() throws Exception {
        CleanDatabase.truncate(dataSource);
        try (InputStream in = getClass().getResourceAsStream("/eval/grouping-eval.jsonl")) {
            imports.importStream("eval.jsonl", in, null);
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // imports commit asynchronously, and a page counts as all-visible only once the commits of its rows are
        // flushed (PostgreSQL's WAL writer gets there within a second or so): a checkpoint flushes them now
        jdbc.execute("checkpoint");

        Boolean inTransaction = transactions.execute(tx -> statistics.vacuumPostings());
        assertThat(inTransaction).as("VACUUM cannot run in a transaction: skipped, not failed").isFalse();
        assertThat(statistics.vacuumPostings()).isTrue();

        Map<String, Object> pages = jdbc.queryForMap(
                "select relpages, relallvisible from pg_class where relname = 'article_signature'");
        assertThat((Integer) pages.get("relpages")).isPositive();
        assertThat(pages.get("relallvisible")).isEqualTo(pages.get("relpages"));
    }

    @Test
    void importsVacuumEveryThousandArticlesAndAnalyseAtGrowingIntervals() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 5_000).filter(StatisticsRepository::worthVacuuming))
                .containsExactly(1_000, 2_000, 3_000, 4_000, 5_000);
        assertThat(java.util.stream.IntStream.rangeClosed(1, 100_000).filter(StatisticsRepository::worthAnalyzing))
                .containsExactly(100, 500, 2_000, 5_000, 10_000, 20_000, 40_000, 80_000);
    }
}
