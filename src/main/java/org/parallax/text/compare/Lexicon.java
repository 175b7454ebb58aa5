package org.parallax.text.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A vocabulary of competing names, hedges, intensifiers and attribution verbs, read and written
 * as JSON of exactly this shape:
 * <pre>{@code
 * {
 *   "name": "starter",
 *   "concepts": [ { "concept": "the region", "variants": ["Kessel Highlands", "Serenth"] } ],
 *   "hedges": ["so-called", "allegedly"],
 *   "intensifiers": ["brutal"],
 *   "attributionVerbs": { "neutral": ["said"], "doubt": ["claimed"], "concession": ["admitted"] },
 *   "markerClasses": { "factive": ["revealed"], "loaded": ["witch hunt"] }
 * }
 * }</pre>
 * {@code intensifiers}, {@code attributionVerbs} and {@code markerClasses} are optional (empty when
 * missing). The attribution verb classes are free-form names; the starter lexicon uses
 * {@code neutral}, {@code doubt}, {@code concession} and {@code emphasis} (report verbs by stance).
 * Marker classes are further free-form word classes counted like hedges; the starter lexicon has
 * {@code factive}, {@code assertive}, {@code implicative} (Hooper 1975; Karttunen 1971) and
 * {@code loaded} (one-sided labels, after Recasens, Danescu-Niculescu-Mizil and Jurafsky 2013).
 * Entries are words or phrases; see {@link LexiconMatcher} for how they are matched.
 *
 * @param name             the lexicon's name
 * @param concepts         the concepts, each with its competing variants
 * @param hedges           hedges and doubt markers ({@code so-called}, {@code allegedly})
 * @param intensifiers     loaded intensifiers ({@code brutal}, {@code utterly})
 * @param attributionVerbs attribution verbs by class, in a stable order
 * @param markerClasses    further classes of marker words (factive verbs, loaded labels, …), in a stable order
 */
public record Lexicon(String name, List<Concept> concepts, List<String> hedges, List<String> intensifiers,
        Map<String, List<String>> attributionVerbs, Map<String, List<String>> markerClasses) {

    /** The classpath location of the starter lexicon. */
    public static final String STARTER_RESOURCE = "/lexicons/starter.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public Lexicon {
        Objects.requireNonNull(name, "A lexicon needs a name");
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
        intensifiers = intensifiers == null ? List.of() : List.copyOf(intensifiers);
        Map<String, List<String>> verbs = new LinkedHashMap<>();
        if (attributionVerbs != null) {
            attributionVerbs.forEach((k, v) -> verbs.put(k, v == null ? List.of() : List.copyOf(v)));
        }
        attributionVerbs = java.util.Collections.unmodifiableMap(verbs);
        markerClasses = classes(markerClasses);
    }

    /** A lexicon without marker classes. */
    public Lexicon(String name, List<Concept> concepts, List<String> hedges, List<String> intensifiers,
            Map<String, List<String>> attributionVerbs) {
        this(name, concepts, hedges, intensifiers, attributionVerbs, Map.of());
    }

    /** This lexicon under another name. */
    public Lexicon withName(String newName) {
        return new Lexicon(newName, concepts, hedges, intensifiers, attributionVerbs, markerClasses);
    }

    private static Map<String, List<String>> classes(@Nullable Map<String, List<String>> raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> out.put(k, v == null ? List.of() : List.copyOf(v)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A concept and the competing words for it.
     *
     * @param concept  what the variants refer to, in neutral words
     * @param variants the competing names, as written in the texts
     */
    public record Concept(String concept, List<String> variants) {
        public Concept {
            Objects.requireNonNull(concept, "A concept needs a name");
            variants = variants == null ? List.of() : List.copyOf(variants);
        }
    }

    /** Parses a lexicon from JSON. */
    public static Lexicon fromJson(String json) {
        return JSON.readValue(json, Lexicon.class);
    }

    /** Parses a lexicon from a UTF-8 JSON stream; the stream is not closed. */
    public static Lexicon read(InputStream json) {
        return JSON.readValue(json, Lexicon.class);
    }

    /** Loads a lexicon from the classpath. */
    public static Lexicon fromResource(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No such resource: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The starter lexicon shipped with Parallax ({@value #STARTER_RESOURCE}). */
    public static Lexicon starter() {
        return fromResource(STARTER_RESOURCE);
    }

    /** This lexicon as pretty-printed JSON. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /**
     * The union of several lexicons, as one lexicon called {@code name}. Concepts with the same
     * name (compared without case and surrounding spaces) become one concept whose variants are
     * the union of theirs; hedges, intensifiers, each attribution verb class and each marker class are unioned the
     * same way. Entries are compared without case (as {@link LexiconMatcher} matches them) and
     * keep the spelling and position of their first appearance, so the order is stable: the
     * order of {@code lexicons}, then the order inside each.
     *
     * @param name     the merged lexicon's name
     * @param lexicons the lexicons to merge, in order; none gives an empty lexicon
     */
    public static Lexicon merge(String name, List<Lexicon> lexicons) {
        Map<String, String> conceptNames = new LinkedHashMap<>();
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        Map<String, String> hedges = new LinkedHashMap<>();
        Map<String, String> intensifiers = new LinkedHashMap<>();
        Map<String, String> verbClasses = new LinkedHashMap<>();
        Map<String, Map<String, String>> verbs = new LinkedHashMap<>();
        Map<String, String> markerClassNames = new LinkedHashMap<>();
        Map<String, Map<String, String>> markerWords = new LinkedHashMap<>();
        for (Lexicon l : lexicons) {
            for (Concept c : l.concepts()) {
                String key = key(c.concept());
                conceptNames.putIfAbsent(key, c.concept().strip());
                Map<String, String> vs = variants.computeIfAbsent(key, k -> new LinkedHashMap<>());
                c.variants().forEach(v -> vs.putIfAbsent(key(v), v.strip()));
            }
            l.hedges().forEach(h -> hedges.putIfAbsent(key(h), h.strip()));
            l.intensifiers().forEach(i -> intensifiers.putIfAbsent(key(i), i.strip()));
            l.attributionVerbs().forEach((cls, vs) -> {
                String key = key(cls);
                verbClasses.putIfAbsent(key, cls.strip());
                Map<String, String> into = verbs.computeIfAbsent(key, k -> new LinkedHashMap<>());
                vs.forEach(v -> into.putIfAbsent(key(v), v.strip()));
            });
            l.markerClasses().forEach((cls, vs) -> {
                String key = key(cls);
                markerClassNames.putIfAbsent(key, cls.strip());
                Map<String, String> into = markerWords.computeIfAbsent(key, k -> new LinkedHashMap<>());
                vs.forEach(v -> into.putIfAbsent(key(v), v.strip()));
            });
        }
        List<Concept> concepts = new java.util.ArrayList<>();
        conceptNames.forEach((key, concept) -> concepts.add(new Concept(concept, List.copyOf(variants.get(key).values()))));
        Map<String, List<String>> verbMap = new LinkedHashMap<>();
        verbClasses.forEach((key, cls) -> verbMap.put(cls, List.copyOf(verbs.get(key).values())));
        Map<String, List<String>> classMap = new LinkedHashMap<>();
        markerClassNames.forEach((key, cls) -> classMap.put(cls, List.copyOf(markerWords.get(key).values())));
        return new Lexicon(name, concepts, List.copyOf(hedges.values()), List.copyOf(intensifiers.values()), verbMap, classMap);
    }

    private static String key(String entry) {
        return entry.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The concept with this name, or null. */
    public @Nullable Concept concept(String conceptName) {
        for (Concept c : concepts) {
            if (c.concept().equals(conceptName)) {
                return c;
            }
        }
        return null;
    }
}
