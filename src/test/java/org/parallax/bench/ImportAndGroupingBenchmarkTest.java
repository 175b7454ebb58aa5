package org.parallax.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.event.EventService;
import org.parallax.event.Granularity;
import org.parallax.event.GroupingMeter;
import org.parallax.event.RegroupResult;
import org.parallax.ingest.ImportListener;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Import and grouping throughput on a generated corpus ({@code -Dbench.articles=100000},
 * {@code -Dbench.words=600}); run with {@code ./mvnw -Pbench verify}. Prints articles per second
 * end to end (parse, store, derived features, grouping), the per-article latency of each tenth of
 * the corpus (to show it stays flat as the corpus grows), peak heap, and a full regroup's time.
 */
@Tag("bench")
@SpringBootTest
@org.springframework.context.annotation.Import(TimedStatements.class)
class ImportAndGroupingBenchmarkTest {

    @Autowired StatementTimer statements;

    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired GroupingMeter grouping;
    @Autowired javax.sql.DataSource db;

    @Test
    void importAndGroupAGeneratedCorpus() throws Exception {
        int articles = Integer.getInteger("bench.articles", 100_000);
        int words = Integer.getInteger("bench.words", 600);
        Path file = Files.createTempFile("parallax-bench", ".jsonl");
        new SyntheticCorpus(42, 30_000).write(file, articles, words);
        System.out.printf("BENCH corpus: %d articles of ~%d words, %.1f MB%n", articles, words, Files.size(file) / 1e6);

        List<long[]> marks = new ArrayList<>();
        AtomicLong lastMark = new AtomicLong(System.nanoTime());
        AtomicLong lastGrouping = new AtomicLong(grouping.nanos());
        long groupingStart = grouping.nanos();
        statements.reset();
        CpuMeter cpuBefore = CpuMeter.now();
        Wal walBefore = Wal.now(db);
        PostgresStatements.reset(db);
        long start = System.nanoTime();
        PeakHeap peak = new PeakHeap();
        peak.start();
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = imports.importStream(file.getFileName().toString(), in, null, new ImportListener() {
                @Override
                public void progress(long bytesRead, int created, int duplicates, int rejected) {
                    // a mark each time another tenth of the corpus is done
                    int done = created + duplicates + rejected;
                    if (done / Math.max(1, articles / 10) > marks.size()) {
                        long now = System.nanoTime();
                        long grouped = grouping.nanos();
                        marks.add(new long[] {done, now - lastMark.getAndSet(now), grouped - lastGrouping.getAndSet(grouped)});
                    }
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        peak.stopSampling();
        System.out.printf("BENCH import: %d created, %d rejected in %.1f s = %.0f articles/s end to end; peak heap %d MB, "
                        + "peak heap live after a collection %d MB%n",
                report.created(), report.rejected().size(), seconds, report.created() / seconds, peak.peakBytes() / 1_000_000,
                peak.peakLiveBytes() / 1_000_000);
        System.out.print(CpuMeter.now().since(cpuBefore, report.created()));
        System.out.print(Wal.now(db).since(walBefore, report.created()));
        System.out.print(PostgresStatements.report(db, report.created()));
        double groupingSeconds = (grouping.nanos() - groupingStart) / 1e9;
        System.out.printf("BENCH incremental grouping inside the import: %.1f s = %.2f ms per article = %.0f articles/s "
                + "(candidate search, scoring, membership writes)%n", groupingSeconds, groupingSeconds * 1000 / report.created(),
                report.created() / groupingSeconds);
        for (long[] m : marks) {
            long previous = marks.indexOf(m) == 0 ? 0 : marks.get(marks.indexOf(m) - 1)[0];
            long count = Math.max(1, m[0] - previous);
            System.out.printf("BENCH   up to %6d articles: %.2f ms per article end to end, of which grouping %.2f ms%n",
                    m[0], m[1] / 1e6 / count, m[2] / 1e6 / count);
        }
        System.out.print(statements.report(articles));
        statements.reset();
        RegroupResult regroup = events.regroup(Granularity.DEFAULT.threshold(), null, null);
        System.out.printf("BENCH full regroup: %d articles into %d events in %.1f s (%.0f articles/s)%n",
                regroup.articles(), regroup.events(), regroup.millis() / 1000.0, regroup.articles() / (regroup.millis() / 1000.0));
        System.out.print(statements.report(articles));
        Files.deleteIfExists(file);
    }

    /** PostgreSQL's write-ahead log counters ({@code pg_stat_wal}): what an import writes besides the tables. */
    record Wal(long records, long fullPageImages, long bytes) {
        static Wal now(javax.sql.DataSource db) throws java.sql.SQLException {
            try (var c = db.getConnection(); var s = c.createStatement();
                    var r = s.executeQuery("select wal_records, wal_fpi, wal_bytes from pg_stat_wal")) {
                r.next();
                return new Wal(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        }

        String since(Wal before, int articles) {
            return String.format("BENCH wal: %.0f records, %.1f full-page images, %.1f kB per article%n",
                    (records - before.records) / (double) articles, (fullPageImages - before.fullPageImages) / (double) articles,
                    (bytes - before.bytes) / 1e3 / articles);
        }
    }

    /** Samples the used heap every 100 ms and keeps the maximum. */
    static final class PeakHeap extends Thread {
        private volatile boolean running = true;
        private volatile long peak;
        private volatile long peakLive;

        PeakHeap() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                long used = 0;
                long live = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        used += pool.getUsage().getUsed();
                        if (pool.getCollectionUsage() != null) {
                            live += pool.getCollectionUsage().getUsed();
                        }
                    }
                }
                CpuMeter.sample();
                peak = Math.max(peak, used);
                peakLive = Math.max(peakLive, live);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        long peakBytes() {
            return peak;
        }

        /** The largest heap in use right after a garbage collection: what the import really keeps. */
        long peakLiveBytes() {
            return peakLive;
        }
    }
}
