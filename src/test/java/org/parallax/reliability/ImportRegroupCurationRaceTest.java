package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.event.EventChangeException;
import org.parallax.event.EventFilter;
import org.parallax.event.EventService;
import org.parallax.event.EventSummary;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.parallax.testsupport.CorpusInvariants;
import org.parallax.testsupport.GeneratedCorpus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Fault injection, races: imports (whose transactions are grouped one behind on a thread of their
 * own), regroups (which then group what is still ungrouped) and curation by hand (merge, split, move)
 * run at once for a bounded time; afterwards every article is in exactly one event and every event
 * holds exactly the articles its count says, none empty.
 */
@SpringBootTest
@Tag("fault-injection")
class ImportRegroupCurationRaceTest {

    static final Duration RACE = Duration.ofSeconds(20);

    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired DataSource dataSource;

    @Test
    void racingImportsRegroupsAndCurationLeaveEveryEventTrue(@TempDir Path dir) throws Exception {
        CleanDatabase.truncate(dataSource);
        importFile(GeneratedCorpus.write(dir.resolve("first.jsonl"), "first.example", 1, 120, 90));
        long end = System.nanoTime() + RACE.toNanos();
        AtomicInteger files = new AtomicInteger();
        AtomicInteger regroups = new AtomicInteger();
        AtomicInteger curations = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> tasks = new ArrayList<>();
        for (int importer = 0; importer < 2; importer++) {
            int own = importer;
            tasks.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int n = files.incrementAndGet();
                    importFile(GeneratedCorpus.write(dir.resolve("race-" + n + ".jsonl"), "race" + own + "-" + n + ".example",
                            100 + n, 120, 60));
                }
                return null;
            }));
        }
        tasks.add(pool.submit(() -> {
            Random random = new Random(7);
            while (System.nanoTime() < end) {
                events.regroup(0.25 + random.nextDouble() * 0.4, null, null);
                regroups.incrementAndGet();
            }
            return null;
        }));
        tasks.add(pool.submit(() -> {
            Random random = new Random(11);
            while (System.nanoTime() < end) {
                curateOnce(random);
                curations.incrementAndGet();
            }
            return null;
        }));
        pool.shutdown();
        assertThat(pool.awaitTermination(RACE.toSeconds() + 240, TimeUnit.SECONDS)).as("the race ends").isTrue();
        for (Future<?> task : tasks) {
            task.get();
        }

        assertThat(files.get()).as("imports raced").isGreaterThanOrEqualTo(2);
        assertThat(regroups.get()).as("regroups raced").isGreaterThanOrEqualTo(1);
        assertThat(curations.get()).as("curation steps raced").isGreaterThanOrEqualTo(5);
        CorpusInvariants.assertHold(dataSource);
    }

    private void importFile(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            imports.importStream(file.getFileName().toString(), in, null);
        }
    }

    /** One merge, split or move of events read a moment before (a user's view is always a little old). */
    private void curateOnce(Random random) {
        List<EventSummary> all = new ArrayList<>(events.list(EventFilter.ALL, 0, 400));
        if (all.size() < 2) {
            return;
        }
        Collections.shuffle(all, random);
        EventSummary one = all.get(0);
        EventSummary other = all.get(1);
        try {
            switch (random.nextInt(4)) {
                case 0 -> events.merge(one.id(), List.of(other.id()));
                case 1 -> {
                    if (one.articleIds().size() > 1) {
                        events.split(one.id(), List.of(one.articleIds().getLast()));
                    }
                }
                case 2 -> events.move(one.articleIds().getFirst(), other.id());
                default -> events.move(one.articleIds().getFirst(), null);
            }
        } catch (EventChangeException stale) {
            // the event or article changed meanwhile: refused with a reason, as a user would see
        }
    }
}
