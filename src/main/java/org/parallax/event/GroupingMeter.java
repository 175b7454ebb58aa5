package org.parallax.event;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How much time automatic grouping has spent placing newly stored articles, and how many it placed,
 * since the application started: what the benchmarks read to tell grouping's cost apart from storing.
 */
@Component
public class GroupingMeter {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();

    void record(int placed, long elapsedNanos) {
        articles.addAndGet(placed);
        nanos.addAndGet(elapsedNanos);
    }

    /** Wall-clock nanoseconds spent placing new articles into events. */
    public long nanos() {
        return nanos.get();
    }

    /** New articles placed into events. */
    public long articles() {
        return articles.get();
    }
}
