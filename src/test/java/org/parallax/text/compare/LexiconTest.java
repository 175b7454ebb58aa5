package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LexiconTest {

    private static final String JSON = """
            {
              "name": "test",
              "concepts": [{"concept": "the river", "variants": ["Lenne", "Lennar"]}],
              "hedges": ["so-called"],
              "intensifiers": ["brutal"],
              "attributionVerbs": {"neutral": ["said"], "doubt": ["claimed"], "concession": ["admitted"]}
            }
            """;

    @Test
    void readsTheDocumentedShape() {
        Lexicon lexicon = Lexicon.fromJson(JSON);
        assertThat(lexicon.name()).isEqualTo("test");
        assertThat(lexicon.concepts()).containsExactly(new Lexicon.Concept("the river", List.of("Lenne", "Lennar")));
        assertThat(lexicon.hedges()).containsExactly("so-called");
        assertThat(lexicon.intensifiers()).containsExactly("brutal");
        assertThat(lexicon.attributionVerbs()).containsExactly(
                Map.entry("neutral", List.of("said")), Map.entry("doubt", List.of("claimed")),
                Map.entry("concession", List.of("admitted")));
        assertThat(lexicon.concept("the river")).isNotNull();
        assertThat(lexicon.concept("the sea")).isNull();
    }

    @Test
    void writesTheSameShapeInTheSameOrder() {
        Lexicon lexicon = Lexicon.fromJson(JSON);
        String written = lexicon.toJson();
        JsonNode tree = JsonMapper.builder().build().readTree(written);
        assertThat(tree.propertyNames()).containsExactly("name", "concepts", "hedges", "intensifiers", "attributionVerbs",
                "markerClasses");
        assertThat(tree.get("concepts").get(0).propertyNames()).containsExactly("concept", "variants");
        assertThat(tree.get("attributionVerbs").propertyNames()).containsExactly("neutral", "doubt", "concession");
        assertThat(Lexicon.fromJson(written)).isEqualTo(lexicon);
        assertThat(Lexicon.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)))).isEqualTo(lexicon);
    }

    @Test
    void optionalPartsMayBeMissing() {
        Lexicon minimal = Lexicon.fromJson("{\"name\": \"bare\", \"concepts\": [], \"hedges\": []}");
        assertThat(minimal.intensifiers()).isEmpty();
        assertThat(minimal.attributionVerbs()).isEmpty();
        Lexicon nothing = Lexicon.fromJson("{\"name\": \"empty\"}");
        assertThat(nothing.concepts()).isEmpty();
        assertThat(nothing.hedges()).isEmpty();
        assertThat(new LexiconMatcher(nothing).match("Anything at all.")).isEmpty();
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> Lexicon.fromJson("{\"concepts\": []}")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Lexicon.fromResource("/lexicons/missing.json"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsAreImmutable() {
        Lexicon lexicon = Lexicon.fromJson(JSON);
        assertThatThrownBy(() -> lexicon.hedges().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lexicon.attributionVerbs().put("x", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ------------------------------------------------------------------ the starter lexicon

    @Test
    void starterLexiconHasTheRequiredVocabulary() {
        Lexicon starter = Lexicon.starter();
        assertThat(starter.name()).isEqualTo("starter");
        List<String> variants = starter.concepts().stream().flatMap(c -> c.variants().stream()).toList();
        assertThat(variants).contains(
                "Artsakh", "Nagorno-Karabakh", "Karabakh", "Mountainous Karabakh",
                "blockade", "checkpoint", "border checkpoint", "closure", "eco-protest", "eco-activist",
                "Lachin corridor", "Lachin road", "Stepanakert", "Khankendi", "Azeri", "Azerbaijani",
                "invasion", "special military operation", "full-scale war",
                "militant", "fighter", "terrorist", "rebel", "separatist",
                "genocide", "ethnic cleansing", "humanitarian crisis", "annex", "reunify",
                "occupied territories", "liberated territories", "border control point", "inspection",
                "illegal armed formation", "gunman", "self-defence unit", "volunteer");
        assertThat(starter.concepts()).extracting(Lexicon.Concept::concept).noneMatch(c -> c.contains("(demo)"));
        assertThat(variants).doesNotContain("Kessel Highlands", "Serenth", "Lenne", "Halden Dam", "Mirren Road", "gag law");
        assertThat(starter.markerClasses()).containsOnlyKeys("factive", "assertive", "implicative", "loaded");
        assertThat(starter.attributionVerbs()).containsOnlyKeys("neutral", "doubt", "concession", "emphasis");
        assertThat(starter.hedges()).contains("allegedly", "alleged", "so-called", "purportedly", "purported",
                "reportedly", "claimed", "self-proclaimed", "supposedly", "unverified", "without evidence",
                "what it called");
        assertThat(starter.intensifiers()).contains("brutal", "brutally", "utterly", "deliberate", "catastrophic", "massive",
                "unprecedented", "shocking", "blatant", "staggering", "disastrous");
        assertThat(starter.attributionVerbs().keySet()).contains("neutral", "doubt", "concession");
        assertThat(starter.attributionVerbs().get("doubt")).contains("claimed", "alleged", "insisted");
        assertThat(starter.attributionVerbs().get("concession")).contains("admitted", "conceded", "acknowledged");
    }

    @Test
    void starterVariantsBelongToOneConceptEach() {
        Map<String, String> owner = new HashMap<>();
        for (Lexicon.Concept c : Lexicon.starter().concepts()) {
            assertThat(c.variants()).as(c.concept()).hasSizeGreaterThanOrEqualTo(2);
            for (String v : c.variants()) {
                String previous = owner.put(v.toLowerCase(Locale.ROOT), c.concept());
                assertThat(previous).as("variant %s", v).isNull();
            }
        }
    }

    @Test
    void starterRoundTrips() {
        Lexicon starter = Lexicon.starter();
        assertThat(Lexicon.fromJson(starter.toJson())).isEqualTo(starter);
        Map<String, List<String>> verbs = new LinkedHashMap<>(starter.attributionVerbs());
        assertThat(verbs).isNotEmpty();
    }

    // ------------------------------------------------------------------ merging

    @Test
    void mergeUnionsConceptsOfTheSameNameAndKeepsFirstAppearanceOrder() {
        Lexicon a = new Lexicon("a",
                List.of(new Lexicon.Concept("the river", List.of("Lenne", "Lennar")),
                        new Lexicon.Concept("the dam", List.of("Halden Dam"))),
                List.of("so-called", "allegedly"), List.of("brutal"),
                Map.of("doubt", List.of("claimed")));
        Lexicon b = new Lexicon("b",
                List.of(new Lexicon.Concept("the war", List.of("invasion")),
                        new Lexicon.Concept(" The River ", List.of("lenne", "River Lenne"))),
                List.of("Allegedly", "reportedly"), List.of(),
                Map.of("doubt", List.of("insisted", "claimed"), "concession", List.of("admitted")));

        Lexicon merged = Lexicon.merge("a + b", List.of(a, b));

        assertThat(merged.name()).isEqualTo("a + b");
        assertThat(merged.concepts()).extracting(Lexicon.Concept::concept).containsExactly("the river", "the dam", "the war");
        assertThat(merged.concept("the river").variants()).containsExactly("Lenne", "Lennar", "River Lenne");
        assertThat(merged.hedges()).containsExactly("so-called", "allegedly", "reportedly");
        assertThat(merged.intensifiers()).containsExactly("brutal");
        assertThat(merged.attributionVerbs().keySet()).containsExactly("doubt", "concession");
        assertThat(merged.attributionVerbs().get("doubt")).containsExactly("claimed", "insisted");
        assertThat(new LexiconMatcher(merged).match("The so-called River Lenne.")).extracting(LexiconHit::entry)
                .containsExactly("so-called", "River Lenne");
    }

    @Test
    void mergingOneLexiconKeepsItAndMergingNoneIsEmpty() {
        Lexicon starter = Lexicon.starter();
        Lexicon alone = Lexicon.merge("starter", List.of(starter));
        assertThat(alone).isEqualTo(starter);
        Lexicon none = Lexicon.merge("none", List.of());
        assertThat(none.concepts()).isEmpty();
        assertThat(none.hedges()).isEmpty();
        assertThat(none.attributionVerbs()).isEmpty();
    }
}
