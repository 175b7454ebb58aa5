package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The in-memory corpus statistics answer what the database holds, also after writes and outside changes. */
class FrequencyCacheTest {

    final Map<String, Integer> database = new HashMap<>(Map.of("", 10, "pier", 3, "ferri", 2));
    final List<Collection<String>> queries = new ArrayList<>();
    final FrequencyCache cache = new FrequencyCache(terms -> {
        queries.add(List.copyOf(terms));
        Map<String, Integer> rows = new HashMap<>();
        rows.put("", database.get(""));
        terms.forEach(t -> {
            if (database.containsKey(t)) {
                rows.put(t, database.get(t));
            }
        });
        return rows;
    });

    @Test
    void readsEachTermOnceThenOnlyChecksN() {
        assertThat(cache.lookup(Set.of("pier", "ferri", "crane"))).containsEntry("pier", 3).containsEntry("ferri", 2)
                .containsEntry("crane", 0).containsEntry("", 10);
        assertThat(cache.lookup(Set.of("pier", "crane"))).containsEntry("pier", 3).containsEntry("crane", 0);
        assertThat(queries.getLast()).isEmpty();
        assertThat(cache.lookup(Set.of("pier"), false)).containsEntry("pier", 3);
        assertThat(queries).hasSize(2);
    }

    @Test
    void followsWhatThisApplicationWrites() {
        cache.lookup(Set.of("pier", "crane"));
        database.merge("", 2, Integer::sum);
        database.merge("pier", 1, Integer::sum);
        database.put("crane", 2);
        cache.counted(2, Map.of("pier", 1, "crane", 2, "harbour", 1));

        assertThat(cache.lookup(Set.of("pier", "crane"))).containsEntry("pier", 4).containsEntry("crane", 2).containsEntry("", 12);
        assertThat(queries.getLast()).isEmpty();
    }

    @Test
    void startsOverWhenTheDatabaseChangedBehindItsBack() {
        cache.lookup(Set.of("pier"));
        database.put("", 11);
        database.put("pier", 4);

        assertThat(cache.lookup(Set.of("pier"))).containsEntry("pier", 4).containsEntry("", 11);
        database.put("", 0);
        database.remove("pier");
        assertThat(cache.lookup(Set.of("pier"))).containsEntry("pier", 0).containsEntry("", 0);
    }
}
