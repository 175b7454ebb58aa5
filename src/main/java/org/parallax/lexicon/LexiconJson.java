package org.parallax.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.text.compare.Lexicon;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lexicons as JSON documents, for import and export. A document is one lexicon object or an
 * array of them; an object has the shape of {@link Lexicon#toJson()} plus an optional
 * {@code enabled}:
 * <pre>{@code
 * {"name": "ukraine", "concepts": [{"concept": "the war", "variants": ["invasion", "special military operation"]}],
 *  "hedges": ["so-called"], "intensifiers": [], "attributionVerbs": {"doubt": ["claimed"]}, "enabled": true}
 * }</pre>
 * Reading is strict about the shape (an unknown or misspelt field is refused, so a typo cannot
 * silently drop part of a lexicon); the content is checked by {@link LexiconValidator}.
 */
public final class LexiconJson {

    private static final Set<String> LEXICON_FIELDS = Set.of("name", "concepts", "hedges", "intensifiers", "attributionVerbs", "markerClasses", "enabled");
    private static final Set<String> CONCEPT_FIELDS = Set.of("concept", "variants");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private LexiconJson() {}

    /**
     * A lexicon as exported: the fields of {@link Lexicon} in the same order, then {@code enabled}.
     */
    public record Exported(String name, List<Lexicon.Concept> concepts, List<String> hedges, List<String> intensifiers,
                           Map<String, List<String>> attributionVerbs, Map<String, List<String>> markerClasses, boolean enabled) {

        public static Exported of(StoredLexicon stored) {
            Lexicon l = stored.lexicon();
            return new Exported(l.name(), l.concepts(), l.hedges(), l.intensifiers(), l.attributionVerbs(), l.markerClasses(),
                    stored.enabled());
        }
    }

    /** Every stored lexicon as one pretty-printed JSON array (what {@code GET /api/lexicons} answers). */
    public static String write(List<StoredLexicon> lexicons) {
        return JSON.writeValueAsString(lexicons.stream().map(Exported::of).toList());
    }

    /** One stored lexicon as a pretty-printed JSON object (what {@code GET /api/lexicons/{name}} answers). */
    public static String write(StoredLexicon lexicon) {
        return JSON.writeValueAsString(Exported.of(lexicon));
    }

    /**
     * Reads a document: one lexicon object or an array of them.
     *
     * @throws InvalidLexiconException naming what is wrong, e.g. {@code Lexicon 2 (“ukraine”): concept 3: "variants" must be a list of texts.}
     */
    public static List<LexiconImport> read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidLexiconException("This is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new InvalidLexiconException("The document is empty: expected a lexicon object or an array of them.");
        }
        if (root.isObject()) {
            return List.of(readOne(root, ""));
        }
        if (!root.isArray()) {
            throw new InvalidLexiconException("Expected a lexicon object or an array of them.");
        }
        if (root.isEmpty()) {
            throw new InvalidLexiconException("The array holds no lexicons.");
        }
        List<LexiconImport> out = new ArrayList<>();
        int i = 0;
        for (JsonNode node : root.values()) {
            i++;
            String prefix = "Lexicon " + i + (node.isObject() && node.path("name").isString() ? " (“" + node.path("name").stringValue() + "”)" : "") + ": ";
            if (!node.isObject()) {
                throw new InvalidLexiconException(cap(prefix + "expected an object with name, concepts and hedges."));
            }
            out.add(readOne(node, prefix));
        }
        return out;
    }

    private static LexiconImport readOne(JsonNode node, String prefix) {
        for (String field : node.propertyNames()) {
            if (!LEXICON_FIELDS.contains(field)) {
                throw new InvalidLexiconException(cap(prefix + "unknown field \"" + field
                        + "\" (a lexicon has name, concepts, hedges, intensifiers, attributionVerbs, markerClasses and enabled)."));
            }
        }
        JsonNode name = node.path("name");
        if (!name.isString()) {
            throw new InvalidLexiconException(cap(prefix + "a lexicon needs a \"name\" (a text)."));
        }
        List<Lexicon.Concept> concepts = new ArrayList<>();
        JsonNode conceptNodes = node.path("concepts");
        if (!conceptNodes.isMissingNode() && !conceptNodes.isArray()) {
            throw new InvalidLexiconException(cap(prefix + "\"concepts\" must be a list of {\"concept\": …, \"variants\": […]}."));
        }
        int i = 0;
        for (JsonNode c : conceptNodes.values()) {
            i++;
            if (!c.isObject()) {
                throw new InvalidLexiconException(cap(prefix + "concept " + i + " must be an object {\"concept\": …, \"variants\": […]}."));
            }
            for (String field : c.propertyNames()) {
                if (!CONCEPT_FIELDS.contains(field)) {
                    throw new InvalidLexiconException(cap(prefix + "concept " + i + " has an unknown field \"" + field + "\" (a concept has concept and variants)."));
                }
            }
            JsonNode concept = c.path("concept");
            if (!concept.isString()) {
                throw new InvalidLexiconException(cap(prefix + "concept " + i + " needs a \"concept\" (a text naming what its variants refer to)."));
            }
            String label = "concept “" + concept.stringValue() + "”";
            if (c.path("variants").isMissingNode()) {
                throw new InvalidLexiconException(cap(prefix + label + " has no \"variants\": give at least one name for it."));
            }
            concepts.add(new Lexicon.Concept(concept.stringValue(), texts(c.path("variants"), prefix + label + ": \"variants\"")));
        }
        List<String> hedges = texts(node.path("hedges"), prefix + "\"hedges\"");
        List<String> intensifiers = texts(node.path("intensifiers"), prefix + "\"intensifiers\"");
        Map<String, List<String>> verbs = classes(node.path("attributionVerbs"), prefix, "attributionVerbs",
                "{\"doubt\": [\"claimed\"]}", "attribution verb class");
        Map<String, List<String>> markerClasses = classes(node.path("markerClasses"), prefix, "markerClasses",
                "{\"factive\": [\"revealed\"]}", "marker class");
        JsonNode enabled = node.path("enabled");
        @Nullable Boolean on = null;
        if (!enabled.isMissingNode() && !enabled.isNull()) {
            if (!enabled.isBoolean()) {
                throw new InvalidLexiconException(cap(prefix + "\"enabled\" must be true or false."));
            }
            on = enabled.booleanValue();
        }
        return new LexiconImport(new Lexicon(name.stringValue(), concepts, hedges, intensifiers, verbs, markerClasses), on);
    }

    private static Map<String, List<String>> classes(JsonNode node, String prefix, String field, String example, String what) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new InvalidLexiconException(cap(prefix + "\"" + field + "\" must be an object of classes, e.g. " + example + "."));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), texts(e.getValue(), prefix + what + " “" + e.getKey() + "”"));
        }
        return out;
    }

    private static List<String> texts(JsonNode node, String what) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidLexiconException(cap(what + " must be a list of texts."));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : node.values()) {
            if (!v.isString()) {
                throw new InvalidLexiconException(cap(what + " must be a list of texts (found " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")."));
            }
            out.add(v.stringValue());
        }
        return out;
    }

    /** Capitalises the first letter, for messages that start with a field name when there is no prefix. */
    private static String cap(String message) {
        return message.isEmpty() || !Character.isLowerCase(message.charAt(0)) ? message
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
