package org.parallax.analysis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.ViaductFixture;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12's example through the import service and {@code GET /api/events/{id}/comparison}: shared passages
 * keep their copies apart, each copy says what kind it is.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharedPassageApiTest {

    @Autowired MockMvcTester mvc;
    @Autowired DataSource dataSource;
    @Autowired ImportService imports;
    @Autowired EventService events;
    ViaductFixture f;
    JsonNode json;
    Map<Long, String> bodies = new HashMap<>();

    @BeforeEach
    void load() throws Exception {
        CleanDatabase.truncate(dataSource);
        f = ViaductFixture.load(imports, events);
        MvcTestResult result = mvc.get().uri("/api/events/" + f.eventId + "/comparison").exchange();
        assertThat(result).hasStatusOk();
        json = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        json.get("articles").forEach(a -> bodies.put(a.get("id").asLong(), a.get("body").asString()));
    }

    @Test
    void theParagraphIsOnePassageWithTwoVerbatimCopiesAnEditedOneAndPhrasesOnly() {
        List<JsonNode> withParagraph = passages().stream()
                .filter(p -> p.get("text").asString().contains("survey of the structure")).toList();
        assertThat(withParagraph).hasSize(1);
        JsonNode passage = withParagraph.getFirst();
        assertThat(passage.get("text").asString()).isEqualTo(ViaductFixture.PARAGRAPH);
        assertThat(passage.get("words").asInt()).isEqualTo(74);
        assertThat(passage.get("verbatim").asBoolean()).isFalse();

        Map<Long, List<String>> kinds = new HashMap<>();
        passage.get("occurrences").forEach(o -> kinds.computeIfAbsent(o.get("articleId").asLong(), k -> new ArrayList<>())
                .add(o.get("kind").asString()));
        assertThat(kinds.get(f.post)).containsExactly("verbatim");
        assertThat(kinds.get(f.courier)).containsExactly("verbatim");
        assertThat(kinds.get(f.herald)).containsExactly("edited");
        assertThat(kinds.getOrDefault(f.standard, List.of())).as("a 15-word phrase is never a full copy")
                .doesNotContain("verbatim", "edited");
        assertThat(kinds.getOrDefault(f.gazette, List.of())).doesNotContain("verbatim", "edited");

        for (JsonNode o : passage.get("occurrences")) {
            String copy = copyText(o);
            assertThat(o.propertyNames()).contains("articleId", "begin", "end", "kind", "words", "coverage", "mainForm");
            if (o.get("kind").asString().equals("verbatim")) {
                assertThat(copy).isEqualTo(ViaductFixture.PARAGRAPH);
            }
        }
        JsonNode inStandard = occurrence(passage, f.standard);
        assertThat(copyText(inStandard)).isEqualTo(
                "after inspectors found cracks in two of its concrete piers, the regional roads agency said");
    }

    @Test
    void noCopyCrossesAParagraphBreak() {
        for (JsonNode p : passages()) {
            for (JsonNode o : p.get("occurrences")) {
                assertThat(copyText(o)).as("passage %s in article %s", p.get("id"), o.get("articleId")).doesNotContain("\n");
            }
        }
        assertThat(copyText(occurrence(passages().getFirst(), f.herald))).endsWith("adding about forty minutes to each journey");
    }

    @Test
    void thePassagesCsvGivesEachCopysKind() throws Exception {
        MvcTestResult csv = mvc.get().uri("/api/events/" + f.eventId + "/comparison/passages.csv").exchange();
        assertThat(csv).hasStatusOk();
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("copy_kind");
        assertThat(text).contains(",verbatim,", ",edited,", ",partial,");
    }

    private List<JsonNode> passages() {
        List<JsonNode> list = new ArrayList<>();
        json.get("sharedPassages").forEach(list::add);
        return list;
    }

    private static JsonNode occurrence(JsonNode passage, long articleId) {
        for (JsonNode o : passage.get("occurrences")) {
            if (o.get("articleId").asLong() == articleId) {
                return o;
            }
        }
        throw new AssertionError("No copy in article " + articleId);
    }

    private String copyText(JsonNode o) {
        return bodies.get(o.get("articleId").asLong()).substring(o.get("begin").asInt(), o.get("end").asInt());
    }
}
