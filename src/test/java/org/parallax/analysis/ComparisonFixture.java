package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;

/**
 * The hand-made comparison fixture: three invented reports of a dock strike at "Port Meridian"
 * ({@code fixtures/compare/port-strike.jsonl}), imported and put into one event.
 */
public final class ComparisonFixture {

    /** Article ids in publication order: Northern Ledger, Coastline Daily, Meridian Mercury. */
    public final long ledger;
    public final long coastline;
    public final long mercury;
    public final long eventId;

    private ComparisonFixture(List<Long> ids, long eventId) {
        this.ledger = ids.get(0);
        this.coastline = ids.get(1);
        this.mercury = ids.get(2);
        this.eventId = eventId;
    }

    public static ComparisonFixture load(ImportService imports, EventService events) throws Exception {
        ImportReport report;
        try (InputStream in = ComparisonFixture.class.getResourceAsStream("/fixtures/compare/port-strike.jsonl")) {
            report = imports.importStream("port-strike.jsonl", in, null);
        }
        assertThat(report.articleIds()).hasSize(3);
        return new ComparisonFixture(report.articleIds(), oneEvent(events, report.articleIds()));
    }

    /** Puts the articles into one event (merging the events grouping gave them, as a user would) and returns it. */
    public static long oneEvent(EventService events, List<Long> articleIds) {
        Set<Long> eventIds = new LinkedHashSet<>();
        articleIds.forEach(id -> eventIds.add(events.eventOf(id).orElseThrow()));
        List<Long> others = new ArrayList<>(eventIds);
        long target = others.removeFirst();
        if (!others.isEmpty()) {
            events.merge(target, others);
        }
        return target;
    }
}
