package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Importing the same file into a fresh database gives the same events however busy the machine is:
 * an import stores on one thread and groups on another, one transaction behind, and neither the
 * speed of the reader nor that of the grouping thread may change what is grouped with what. The
 * three labelled corpora (161 articles) are imported twice while two threads of this JVM keep the
 * CPU busy, each time through an input that stalls at random points (a different random sequence each
 * time, some stalls longer than a reader ever needs for a record), so the reader hands records over
 * at different moments.
 */
@SpringBootTest
class ImportReproducibilityTest {

    private static final String[] CORPORA = {"/eval/grouping-eval.jsonl", "/eval/grouping-calibration.jsonl", "/eval/grouping-heldout.jsonl"};

    @Autowired ImportService imports;
    @Autowired DataSource dataSource;

    @Test
    void theSameFileGivesTheSameEventsUnderLoadAndWithStallingInput() throws Exception {
        byte[] corpus = corpus();
        AtomicBoolean busy = new AtomicBoolean(true);
        List<Thread> burners = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            burners.add(Thread.ofPlatform().daemon().name("cpu-burner-" + i).start(() -> burn(busy)));
        }
        try {
            List<String> first = importIntoFreshDatabase(corpus, 1);
            List<String> second = importIntoFreshDatabase(corpus, 2);

            assertThat(first).hasSizeGreaterThan(40);
            assertThat(second).isEqualTo(first);
        } finally {
            busy.set(false);
            for (Thread t : burners) {
                t.join();
            }
        }
    }

    /** Empties the database, imports the corpus through an input that stalls as {@code seed} says; answers the events. */
    private List<String> importIntoFreshDatabase(byte[] corpus, long seed) throws IOException {
        CleanDatabase.truncate(dataSource);
        try (InputStream in = new StallingInput(corpus, new Random(seed))) {
            ImportReport report = imports.importStream("corpus.jsonl", in, null);
            assertThat(report.articleIds()).hasSize(161);
        }
        return events();
    }

    /** Every event as its title and its members' source records, sorted. */
    private List<String> events() {
        return new JdbcTemplate(dataSource).queryForList("""
                select e.title || ' = ' || string_agg(a.source_record, ', ' order by a.source_record)
                from event e join event_member m on m.event_id = e.id join article a on a.id = m.article_id
                group by e.id, e.title order by 1
                """, String.class);
    }

    private byte[] corpus() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String name : CORPORA) {
            try (InputStream in = getClass().getResourceAsStream(name)) {
                out.write(in.readAllBytes());
            }
        }
        return out.toByteArray();
    }

    private static void burn(AtomicBoolean busy) {
        long x = 1;
        while (busy.get()) {
            for (int i = 0; i < 100_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    /**
     * Hands out at most 2 KB per read and sleeps now and then: 0-15 ms on a third of the reads, 150-250 ms
     * on one in twenty (longer than the reader takes for any record), at points the random sequence chooses.
     */
    private static final class StallingInput extends FilterInputStream {

        private final Random random;

        StallingInput(byte[] bytes, Random random) {
            super(new java.io.ByteArrayInputStream(bytes));
            this.random = random;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            stall();
            return super.read(b, off, Math.min(len, 1 + random.nextInt(2048)));
        }

        @Override
        public int read() throws IOException {
            return super.read();
        }

        private void stall() {
            int dice = random.nextInt(60);
            long millis = dice < 3 ? 150 + random.nextInt(100) : dice < 20 ? random.nextInt(16) : 0;
            if (millis > 0) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
