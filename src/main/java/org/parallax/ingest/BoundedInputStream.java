package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * Counts the bytes read through it and fails with {@link LimitExceededException} once more than
 * {@code limit} bytes have been read; {@link #close()} is passed on only when asked to, so a parser
 * can close its reader without closing an archive around it.
 */
final class BoundedInputStream extends CountingInputStream {

    private final long limit;
    private final LongFunction<String> message;
    private final boolean propagateClose;
    private volatile long count;

    BoundedInputStream(InputStream in, long limit, LongFunction<String> message, boolean propagateClose) {
        super(in);
        this.limit = limit;
        this.message = message;
        this.propagateClose = propagateClose;
    }

    long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (propagateClose) {
            super.close();
        }
    }

    @Override
    protected void counted(long n) {
        count += n;
        if (count > limit) {
            throw new LimitExceededException(message.apply(limit));
        }
    }
}
