package org.parallax.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the application accepts requests (and so before any import of this run can
 * start), marks the imports still "running" as {@value ImportBatchRepository#INTERRUPTED}: the
 * application stopped in the middle of them (crash, kill, power cut). Their counts become what they
 * really stored: every transaction of up to 128 records that committed is kept whole, the one in
 * progress is gone whole; start-up grouping then places the articles of the last transaction if it
 * was not grouped yet.
 *
 * <p>This assumes one Parallax per database, as the embedded database guarantees; two instances
 * sharing a PostgreSQL server would mark each other's running imports when one of them starts.
 */
@Component
class InterruptedImports implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final ImportBatchRepository batches;
    private final Clock clock;

    InterruptedImports(ImportBatchRepository batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Long> interrupted = batches.markInterrupted(OffsetDateTime.now(clock));
        for (long id : interrupted) {
            batches.findReport(id).ifPresent(r -> log.warn("Import #{} of '{}' was interrupted when Parallax stopped: "
                    + "{} articles of it are stored (whole transactions); marked interrupted. Import the file again "
                    + "to add the rest: what is already stored is reported as duplicates.", id, r.sourceName(), r.created()));
        }
    }
}
