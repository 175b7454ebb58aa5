package org.parallax.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a benchmark's CPU goes: this JVM's CPU time (all threads) and the CPU time of every
 * PostgreSQL process on the machine (the embedded server's backends and helpers), read from
 * {@code /proc} (Linux only; elsewhere PostgreSQL's share reads as unknown). A snapshot is taken
 * before and after; the difference divided by the articles is the CPU each article cost.
 */
record CpuMeter(long jvmNanos, long postgresNanos, java.util.Map<String, Long> jvmThreadNanos) {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    static CpuMeter now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuMeter(os.getProcessCpuTime(), postgresCpuNanos(), threadCpuNanos());
    }

    /** The CPU spent since {@code before}, per article, as one line of the benchmark's report. */
    String since(CpuMeter before, int articles) {
        double jvm = (jvmNanos - before.jvmNanos) / 1e6 / articles;
        if (postgresNanos < 0 || before.postgresNanos < 0) {
            return String.format("BENCH cpu: JVM %.2f ms per article; PostgreSQL unknown (no /proc)%n", jvm);
        }
        double pg = (postgresNanos - before.postgresNanos) / 1e6 / articles;
        StringBuilder threads = new StringBuilder();
        jvmThreadNanos.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.jvmThreadNanos.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() / 1e6 / articles >= 0.05)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> threads.append(String.format("BENCH   cpu thread %-20s %.2f ms per article%n", e.getKey(), e.getValue() / 1e6 / articles)));
        return threads + String.format("BENCH cpu: JVM %.2f ms + PostgreSQL %.2f ms = %.2f ms per article (of 2 cores x wall time)%n",
                jvm, pg, jvm + pg);
    }

    /** Every thread seen by {@link #sample}: id to name and CPU nanos, so threads that ended still count. */
    private static final java.util.Map<String, java.util.Map.Entry<String, Long>> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads the CPU time of this JVM's live threads; call it now and then while threads come and go. */
    static void sample() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return;
        }
        try (Stream<Path> ids = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) ids::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    SEEN.put(t.getFileName().toString(), java.util.Map.entry(name, ticks * (1_000_000_000L / TICKS_PER_SECOND)));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            // no /proc
        }
    }

    /** CPU time of this JVM's threads (Java and native: GC, compiler), by name with numbers left out. */
    private static java.util.Map<String, Long> threadCpuNanos() {
        sample();
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        SEEN.values().forEach(e -> byName.merge(e.getKey(), e.getValue(), Long::sum));
        return byName;
    }

    /** Sum of user and system time of processes named postgres (still running ones), or -1. */
    private static long postgresCpuNanos() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return -1;
        }
        long ticks = 0;
        try (Stream<Path> pids = Files.list(proc)) {
            for (Path p : (Iterable<Path>) pids::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(open + 1, close).equals("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    // after the name: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                            + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                } catch (IOException | RuntimeException gone) {
                    // the process ended while being read
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }
}
