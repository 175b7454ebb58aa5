package org.parallax.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/** Milliseconds spent in each stage of a computation, for the debug log and the benchmark. */
final class StageTimer {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void stage(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - last, Long::sum);
        last = now;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        nanos.forEach((k, v) -> s.append(k).append(' ').append(v / 1_000_000).append(" ms; "));
        return s.toString().strip();
    }
}
