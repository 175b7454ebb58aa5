package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * The expanded bytes of one ZIP entry, stopped with {@link LimitExceededException} once they outgrow the
 * compressed bytes read for it by more than {@code maxRatio} to 1. The ratio is checked only past
 * {@value #MIN_EXPANDED_BYTES} expanded bytes, so a small entry of repetitive text is never refused; a ZIP bomb
 * (deflate reaches about 1,000 to 1) is stopped after about a megabyte instead of inflating for minutes.
 */
final class RatioLimitedInputStream extends CountingInputStream {

    static final long MIN_EXPANDED_BYTES = 1 << 20;

    private final LongSupplier compressedSoFar;
    private final int maxRatio;
    private final String entryName;
    private long expanded;

    /**
     * @param compressedSoFar how many compressed bytes of this entry have been read so far
     */
    RatioLimitedInputStream(InputStream expandedBytes, LongSupplier compressedSoFar, int maxRatio, String entryName) {
        super(expandedBytes);
        this.compressedSoFar = compressedSoFar;
        this.maxRatio = maxRatio;
        this.entryName = entryName;
    }

    @Override
    public void close() {
        // the archive stays open for its next entry
    }

    @Override
    protected void counted(long n) {
        expanded += n;
        if (expanded > MIN_EXPANDED_BYTES && expanded > (long) maxRatio * Math.max(1, compressedSoFar.getAsLong())) {
            throw new LimitExceededException("'" + entryName + "' expands more than " + maxRatio + " times its"
                    + " compressed size (parallax.import.max-compression-ratio), as a ZIP bomb does: reading stopped");
        }
    }
}
