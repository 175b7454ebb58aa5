package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The "why are these together" actors: short forms folded into the one longer name holding all their words. */
class FoldShortFormsTest {

    @Test
    void aSurnameFoldsIntoTheOneFullName() {
        Map<String, Set<Long>> articles = new HashMap<>(Map.of(
                "pashinyan", new java.util.HashSet<>(Set.of(1L)),
                "nikol pashinyan", new java.util.HashSet<>(Set.of(2L))));
        Map<String, String> names = new HashMap<>(Map.of("pashinyan", "Pashinyan", "nikol pashinyan", "Nikol Pashinyan"));

        EventServiceImpl.foldShortForms(articles, names);

        assertThat(articles).containsOnlyKeys("nikol pashinyan");
        assertThat(articles.get("nikol pashinyan")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(names).containsOnlyKeys("nikol pashinyan");
    }

    @Test
    void namesThatRepeatAWordAreFoldedWithoutFailing() {
        Map<String, Set<Long>> articles = new HashMap<>(Map.of(
                "bank of the republic of armenia", new java.util.HashSet<>(Set.of(1L)),
                "republic of armenia", new java.util.HashSet<>(Set.of(2L)),
                "armenia", new java.util.HashSet<>(Set.of(3L))));
        Map<String, String> names = new HashMap<>();
        articles.keySet().forEach(k -> names.put(k, k));

        EventServiceImpl.foldShortForms(articles, names);

        assertThat(articles.values().stream().mapToInt(Set::size).sum()).as("no article lost").isEqualTo(3);
    }
}
