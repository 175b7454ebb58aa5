package org.parallax.bench;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Benchmark instrument: wall time and count of every SQL statement jOOQ runs, grouped by the start of
 * its SQL, from render to the end of fetching (so it includes the round trip to PostgreSQL).
 */
final class StatementTimer implements ExecuteListener {

    private static final String START = "bench.start";

    private final Map<String, LongAdder[]> totals = new ConcurrentHashMap<>();

    /** Adds this timer to the jOOQ configuration Spring Boot builds (for a benchmark's test configuration). */
    org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer customizer() {
        return configuration -> {
            var providers = new java.util.ArrayList<>(java.util.List.of(configuration.executeListenerProviders()));
            providers.add(new org.jooq.impl.DefaultExecuteListenerProvider(this));
            configuration.set(providers.toArray(org.jooq.ExecuteListenerProvider[]::new));
        };
    }

    @Override
    public void start(ExecuteContext ctx) {
        ctx.data(START, System.nanoTime());
    }

    @Override
    public void end(ExecuteContext ctx) {
        Object start = ctx.data(START);
        if (!(start instanceof Long s)) {
            return;
        }
        String sql = ctx.sql() == null ? "(batch)" : ctx.sql();
        String key = sql.replaceAll("\\s+", " ");
        key = key.substring(0, Math.min(90, key.length()));
        LongAdder[] t = totals.computeIfAbsent(key, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        t[0].add(System.nanoTime() - s);
        t[1].increment();
    }

    void reset() {
        totals.clear();
    }

    /** The statements by total time, with calls and mean ms, per article of {@code articles}. */
    String report(int articles) {
        StringBuilder out = new StringBuilder();
        double[] sum = {0, 0};
        totals.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder[]> e) -> e.getValue()[0].sum()).reversed())
                .forEach(e -> {
                    double ms = e.getValue()[0].sum() / 1e6;
                    long calls = e.getValue()[1].sum();
                    sum[0] += ms;
                    sum[1] += calls;
                    if (ms / articles >= 0.01) {
                        out.append(String.format("BENCH   sql %7.3f ms/article %6.2f calls/article  %s%n", ms / articles,
                                (double) calls / articles, e.getKey()));
                    }
                });
        out.append(String.format("BENCH   sql total %.2f ms/article, %.1f statements/article%n", sum[0] / articles, sum[1] / articles));
        return out.toString();
    }
}
