package org.parallax.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.compare.Lexicon;

/**
 * Brings a stored starter lexicon up to a newer shipped version without losing the user's edits: a
 * three-way merge, entry by entry (compared without case, as the matcher compares them).
 *
 * <p>With {@code base} the version the stored lexicon started from, {@code shipped} the new version
 * and {@code stored} the user's copy, every list (a concept's variants, the hedges, the
 * intensifiers, each attribution verb class and marker class) becomes
 * <pre>stored − (base − shipped) + (shipped − base)</pre>
 * in the stored order, additions after it in the shipped order (a list the user left as it was
 * becomes the shipped list, in its order): what the new version dropped is
 * dropped, what it added is added, and what the user added or removed stays so. A concept of
 * {@code base} that the new version no longer has and that keeps no variant of the user's own is
 * removed; concepts new in {@code shipped} are appended.
 */
final class StarterUpgrade {

    private StarterUpgrade() {}

    static Lexicon merge(Lexicon base, Lexicon shipped, Lexicon stored) {
        List<Lexicon.Concept> concepts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Lexicon.Concept c : stored.concepts()) {
            seen.add(key(c.concept()));
            Lexicon.Concept was = concept(base, c.concept());
            Lexicon.Concept now = concept(shipped, c.concept());
            List<String> variants = list(was == null ? List.of() : was.variants(),
                    now == null ? List.of() : now.variants(), c.variants());
            if (!variants.isEmpty()) {
                concepts.add(new Lexicon.Concept(c.concept(), variants));
            }
        }
        for (Lexicon.Concept c : shipped.concepts()) {
            if (!seen.contains(key(c.concept())) && concept(base, c.concept()) == null) {
                concepts.add(c);
            }
        }
        return new Lexicon(stored.name(), concepts,
                list(base.hedges(), shipped.hedges(), stored.hedges()),
                list(base.intensifiers(), shipped.intensifiers(), stored.intensifiers()),
                classes(base.attributionVerbs(), shipped.attributionVerbs(), stored.attributionVerbs()),
                classes(base.markerClasses(), shipped.markerClasses(), stored.markerClasses()));
    }

    /** Whether the stored copy still holds a concept of {@code base} that {@code shipped} no longer has. */
    static boolean keepsDroppedConcepts(Lexicon base, Lexicon shipped, Lexicon stored) {
        return stored.concepts().stream()
                .anyMatch(c -> concept(base, c.concept()) != null && concept(shipped, c.concept()) == null);
    }

    private static Map<String, List<String>> classes(Map<String, List<String>> base, Map<String, List<String>> shipped,
            Map<String, List<String>> stored) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        stored.forEach((cls, entries) -> {
            seen.add(key(cls));
            List<String> merged = list(entry(base, cls), entry(shipped, cls), entries);
            if (!merged.isEmpty() || entry(base, cls).isEmpty()) {
                out.put(cls, merged);
            }
        });
        shipped.forEach((cls, entries) -> {
            if (!seen.contains(key(cls)) && entry(base, cls).isEmpty()) {
                out.put(cls, entries);
            }
        });
        return out;
    }

    private static List<String> list(List<String> base, List<String> shipped, List<String> stored) {
        if (List.copyOf(keys(stored)).equals(List.copyOf(keys(base)))) {
            return shipped;
        }
        Set<String> baseKeys = keys(base);
        Set<String> shippedKeys = keys(shipped);
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : stored) {
            String k = key(s);
            if (!(baseKeys.contains(k) && !shippedKeys.contains(k))) {
                out.putIfAbsent(k, s);
            }
        }
        for (String s : shipped) {
            String k = key(s);
            if (!baseKeys.contains(k)) {
                out.putIfAbsent(k, s);
            }
        }
        return List.copyOf(out.values());
    }

    private static List<String> entry(Map<String, List<String>> classes, String cls) {
        for (Map.Entry<String, List<String>> e : classes.entrySet()) {
            if (key(e.getKey()).equals(key(cls))) {
                return e.getValue();
            }
        }
        return List.of();
    }

    private static Lexicon.Concept concept(Lexicon l, String name) {
        for (Lexicon.Concept c : l.concepts()) {
            if (key(c.concept()).equals(key(name))) {
                return c;
            }
        }
        return null;
    }

    private static Set<String> keys(List<String> entries) {
        Set<String> keys = new LinkedHashSet<>();
        entries.forEach(e -> keys.add(key(e)));
        return keys;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
