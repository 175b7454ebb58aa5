package org.parallax.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Where a benchmark's CPU goes: this JVM's CPU time, by thread (Java and native: garbage collector,
 * JIT compiler), and the CPU time of every PostgreSQL process on the machine (the embedded server's
 * backends and helpers, and the children it reaped), read from {@code /proc} (Linux only; elsewhere
 * those parts read as unknown). A snapshot is taken before and after; the difference divided by the
 * articles is the CPU each article cost.
 */
record CpuMeter(long jvmNanos, long postgresNanos, Map<String, Long> jvmThreadNanos) {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final long NANOS_PER_TICK = 1_000_000_000L / 100;

    /** Every thread seen by {@link #sample}: thread id to name and CPU nanos, so threads that ended still count. */
    private static final Map<String, Map.Entry<String, Long>> SEEN = new ConcurrentHashMap<>();

    static CpuMeter now() {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuMeter(os.getProcessCpuTime(), postgresCpuNanos(), threadCpuNanos());
    }

    /** The CPU spent since {@code before}, per article, as lines of the benchmark's report. */
    String since(CpuMeter before, int articles) {
        double jvm = (jvmNanos - before.jvmNanos) / 1e6 / articles;
        StringBuilder out = new StringBuilder();
        jvmThreadNanos.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.jvmThreadNanos.getOrDefault(e.getKey(), 0L)) / 1e6 / articles))
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.append(String.format("BENCH   cpu thread %-20s %.2f ms per article%n", e.getKey(), e.getValue())));
        if (postgresNanos < 0 || before.postgresNanos < 0) {
            return out.append(String.format("BENCH cpu: JVM %.2f ms per article; PostgreSQL unknown (no /proc)%n", jvm)).toString();
        }
        double pg = (postgresNanos - before.postgresNanos) / 1e6 / articles;
        return out.append(String.format("BENCH cpu: JVM %.2f ms + PostgreSQL %.2f ms = %.2f ms per article (of 2 cores x wall time)%n",
                jvm, pg, jvm + pg)).toString();
    }

    /** Reads the CPU time of this JVM's live threads; call it now and then while threads come and go. */
    static void sample() {
        forEachStat(Path.of("/proc/self/task"), (id, stat) -> SEEN.put(id,
                Map.entry(stat.name().replaceAll("[0-9]+", "#"), (stat.utime() + stat.stime()) * NANOS_PER_TICK)));
    }

    /** CPU time of this JVM's threads by name, numbers left out ("GC Thread#"). */
    private static Map<String, Long> threadCpuNanos() {
        sample();
        Map<String, Long> byName = new TreeMap<>();
        SEEN.values().forEach(e -> byName.merge(e.getKey(), e.getValue(), Long::sum));
        return byName;
    }

    /** User and system time of the processes named postgres and of the children they reaped, or -1 without /proc. */
    private static long postgresCpuNanos() {
        long[] ticks = {0};
        boolean read = forEachStat(Path.of("/proc"), (id, stat) -> {
            if (stat.name().equals("postgres")) {
                ticks[0] += stat.utime() + stat.stime() + stat.cutime() + stat.cstime();
            }
        });
        return read ? ticks[0] * NANOS_PER_TICK : -1;
    }

    /** The fields of a {@code /proc/.../stat} line this meter uses. */
    private record Stat(String name, long utime, long stime, long cutime, long cstime) {
        static Stat parse(String line) {
            int close = line.lastIndexOf(')');
            // after the name: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
            String[] f = line.substring(close + 2).split(" ");
            return new Stat(line.substring(line.indexOf('(') + 1, close), Long.parseLong(f[11]), Long.parseLong(f[12]),
                    Long.parseLong(f[13]), Long.parseLong(f[14]));
        }
    }

    /** Calls {@code each} with the id and stat of every numbered entry of {@code dir}; answers false without it. */
    private static boolean forEachStat(Path dir, BiConsumer<String, Stat> each) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String id = p.getFileName().toString();
                if (id.chars().allMatch(Character::isDigit)) {
                    try {
                        each.accept(id, Stat.parse(Files.readString(p.resolve("stat"))));
                    } catch (IOException | RuntimeException gone) {
                        // the thread or process ended while being read
                    }
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
