package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An event's shared actors: short forms fold into the one longer key, even when a key repeats a word. */
class FoldShortFormsTest {

    @Test
    void aKeyThatRepeatsAWordDoesNotBreakTheFolding() {
        Map<String, Set<Long>> articles = new LinkedHashMap<>();
        articles.put("chair of the council of the guild of weavers", new HashSet<>(List.of(1L)));
        articles.put("tova reyk", new HashSet<>(List.of(1L)));
        articles.put("reyk", new HashSet<>(List.of(2L)));
        Map<String, String> names = new HashMap<>(Map.of("reyk", "Reyk", "tova reyk", "Tova Reyk",
                "chair of the council of the guild of weavers", "Chair of the Council of the Guild of Weavers"));
        EventServiceImpl.foldShortForms(articles, names);
        assertThat(articles).containsOnlyKeys("chair of the council of the guild of weavers", "tova reyk");
        assertThat(articles.get("tova reyk")).containsExactlyInAnyOrder(1L, 2L);
    }
}
