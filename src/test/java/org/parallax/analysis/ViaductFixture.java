package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportService;

/**
 * The example of issue 12 ({@code fixtures/compare/viaduct.jsonl} then {@code viaduct2.jsonl}, invented text):
 * five reports of a viaduct closure, imported as a user would and put into one event.
 * <ul>
 *   <li>Marrow Evening Post (1) and Valley Courier (2) carry the same 74-word paragraph word for word;</li>
 *   <li>Regional Herald (3) carries its first two sentences, edited ("shut", "a long diversion");</li>
 *   <li>Steyning Gazette (4) repeats a 10-word phrase of it, Marrow Standard (5) a 15-word one.</li>
 * </ul>
 */
public final class ViaductFixture {

    /** The paragraph 1 and 2 share, from its first word to its last (74 words). */
    public static final String PARAGRAPH = "Engineers closed the Halder viaduct to all traffic on Thursday morning after "
            + "inspectors found cracks in two of its concrete piers, the regional roads agency said. Buses between Marrow and "
            + "Steyning will run on a diversion through the valley villages, adding about forty minutes to each journey. The "
            + "agency said a full survey of the structure would take at least three weeks and that it could not yet say when "
            + "the viaduct would reopen";

    /** Article ids in publication order. */
    public final long post;
    public final long courier;
    public final long herald;
    public final long gazette;
    public final long standard;
    public final long eventId;

    private ViaductFixture(List<Long> ids, long eventId) {
        this.post = ids.get(0);
        this.courier = ids.get(1);
        this.herald = ids.get(2);
        this.gazette = ids.get(3);
        this.standard = ids.get(4);
        this.eventId = eventId;
    }

    public static ViaductFixture load(ImportService imports, EventService events) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String file : List.of("viaduct.jsonl", "viaduct2.jsonl")) {
            try (InputStream in = ViaductFixture.class.getResourceAsStream("/fixtures/compare/" + file)) {
                ids.addAll(imports.importStream(file, in, null).articleIds());
            }
        }
        assertThat(ids).hasSize(5);
        return new ViaductFixture(ids, ComparisonFixture.oneEvent(events, ids));
    }
}
