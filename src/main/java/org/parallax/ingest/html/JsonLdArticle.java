package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.ingest.support.HtmlText;
import org.parallax.ingest.support.JsonProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article described by a page's JSON-LD ({@code <script type="application/ld+json">}).
 *
 * <p>Rules: every JSON-LD script is read, top-level objects, arrays and {@code @graph} arrays (nested too). The
 * article is the first node whose {@code @type} (a string or an array; {@code schema:} and URL prefixes ignored)
 * is {@code Article}, {@code BlogPosting}, or ends in {@code NewsArticle} ({@code NewsArticle},
 * {@code ReportageNewsArticle}, {@code AnalysisNewsArticle}…). From it:
 * <ul>
 *   <li>{@code headline} → title; {@code datePublished} → publication time; {@code inLanguage} → language;</li>
 *   <li>{@code author}: a string, an object with a {@code name}, or an array of those → names joined by ", ";</li>
 *   <li>{@code publisher}: an object with a {@code name}, or a string → the outlet.</li>
 * </ul>
 * An object that is only {@code {"@id": …}} is looked up among the page's other JSON-LD nodes. A script that is
 * not valid JSON is skipped with a warning; the page is still read.
 */
record JsonLdArticle(
        @Nullable String headline,
        @Nullable String datePublished,
        @Nullable String author,
        @Nullable String publisher,
        @Nullable String language,
        List<String> warnings) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null, List.of());

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** Reads the page's JSON-LD scripts (call before scripts are removed). */
    static JsonLdArticle of(Document doc) {
        List<String> warnings = new ArrayList<>();
        List<JsonNode> nodes = new ArrayList<>();
        int index = 0;
        for (Element script : doc.select("script[type~=(?i)^\\s*application/ld\\+json]")) {
            index++;
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                collect(JSON.readTree(json), nodes);
            } catch (JacksonException e) {
                warnings.add("JSON-LD block " + index + " ignored: not valid JSON (" + JsonProblems.shortReason(e) + ")");
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            String id = text(node.get("@id"));
            if (id != null) {
                byId.putIfAbsent(id, node);
            }
        }
        for (JsonNode node : nodes) {
            if (isArticle(node)) {
                return new JsonLdArticle(
                        cleanText(text(node.get("headline"))),
                        text(node.get("datePublished")),
                        names(node.get("author"), byId),
                        names(node.get("publisher"), byId),
                        language(node.get("inLanguage")),
                        warnings);
            }
        }
        return new JsonLdArticle(null, null, null, null, null, warnings);
    }

    /** All objects of a JSON-LD value: itself, array items and {@code @graph} members, depth first. */
    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            for (JsonNode item : node.values()) {
                collect(item, out);
            }
        } else if (node.isObject()) {
            out.add(node);
            JsonNode graph = node.get("@graph");
            if (graph != null) {
                collect(graph, out);
            }
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        List<JsonNode> types = type.isArray() ? List.copyOf(type.values()) : List.of(type);
        for (JsonNode t : types) {
            String name = text(t);
            if (name == null) {
                continue;
            }
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
            if (name.equals("Article") || name.equals("BlogPosting") || name.endsWith("NewsArticle")) {
                return true;
            }
        }
        return false;
    }

    /** Names from a string, an object with a name (or an {@code @id} to look up), or an array of those. */
    private static @Nullable String names(@Nullable JsonNode node, Map<String, JsonNode> byId) {
        if (node == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> items = node.isArray() ? List.copyOf(node.values()) : List.of(node);
        for (JsonNode item : items) {
            String name = null;
            if (item.isObject()) {
                JsonNode named = item;
                if (item.get("name") == null && text(item.get("@id")) != null) {
                    named = byId.getOrDefault(text(item.get("@id")), item);
                }
                name = text(named.get("name"));
            } else {
                name = text(item);
            }
            name = cleanText(name);
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static @Nullable String language(@Nullable JsonNode node) {
        if (node != null && node.isObject()) {
            String code = cleanText(text(node.get("alternateName")));
            return code != null ? code : cleanText(text(node.get("name")));
        }
        return cleanText(text(node));
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || !(node.isString() || node.isNumber())) {
            return null;
        }
        return node.asString();
    }

    private static @Nullable String cleanText(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String text = HtmlText.inlineText(s);
        return text.isEmpty() ? null : text;
    }
}
