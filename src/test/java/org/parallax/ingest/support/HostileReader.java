package org.parallax.ingest.support;

import java.io.Reader;

/**
 * Text made on the fly, never held whole: a prefix, one character repeated {@code count} times, a suffix. For
 * tests that feed a parser a field of tens of megabytes without the test itself holding it.
 */
public final class HostileReader extends Reader {

    private final String prefix;
    private final char repeated;
    private final long count;
    private final String suffix;
    private long position;

    public HostileReader(String prefix, char repeated, long count, String suffix) {
        this.prefix = prefix;
        this.repeated = repeated;
        this.count = count;
        this.suffix = suffix;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        long total = prefix.length() + count + suffix.length();
        if (position >= total) {
            return -1;
        }
        int n = 0;
        while (n < length && position < total) {
            long p = position;
            if (p < prefix.length()) {
                buffer[offset + n] = prefix.charAt((int) p);
            } else if (p < prefix.length() + count) {
                buffer[offset + n] = repeated;
            } else {
                buffer[offset + n] = suffix.charAt((int) (p - prefix.length() - count));
            }
            n++;
            position++;
        }
        return n;
    }

    @Override
    public void close() {}

    /** Bytes allocated by the current thread so far (HotSpot's per-thread allocation counter). */
    public static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }
}
