package org.parallax.analysis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.ComparisonFixture;
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

/** {@code GET /api/events/{id}/comparison} and its CSV tables, as a client reads them. */
@SpringBootTest
@AutoConfigureMockMvc
class ComparisonApiContractTest {

    @Autowired MockMvcTester mvc;
    @Autowired DataSource dataSource;
    @Autowired ImportService imports;
    @Autowired EventService events;
    ComparisonFixture f;

    @BeforeEach
    void load() throws Exception {
        CleanDatabase.truncate(dataSource);
        f = ComparisonFixture.load(imports, events);
    }

    @Test
    void theComparisonHasEveryPartWithOffsetsIntoTheStoredBodies() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/events/" + f.eventId + "/comparison").exchange();
        assertThat(result).hasStatusOk();
        JsonNode json = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.propertyNames()).contains("event", "articles", "similarity", "sharedPassages", "sentences", "quotes",
                "actors", "omissions", "distinctiveTerms", "labels", "hedges", "frames");
        assertThat(json.get("event").get("id").asLong()).isEqualTo(f.eventId);
        Map<Long, String> bodies = new java.util.HashMap<>();
        json.get("articles").forEach(a -> bodies.put(a.get("id").asLong(), a.get("body").asString()));
        assertThat(bodies).containsOnlyKeys(f.ledger, f.coastline, f.mercury);

        JsonNode passage = json.get("sharedPassages").get(0);
        assertThat(passage.propertyNames()).contains("text", "articleIds", "verbatim");
        JsonNode sentences = json.get("sentences").get(String.valueOf(f.mercury));
        JsonNode second = sentences.get(1);
        assertThat(bodies.get(f.mercury).substring(second.get("begin").asInt(), second.get("end").asInt()))
                .isEqualTo("Harbour master Ivo Brant said ships would be diverted to Calder Bay.");
        assertThat(second.get("status").asString()).isEqualTo("VERBATIM");

        JsonNode quote = json.get("quotes").get(0);
        assertThat(quote.propertyNames()).contains("text", "speaker", "verb", "articleIds");
        JsonNode actor = json.get("actors").get(0);
        assertThat(actor.propertyNames()).contains("name", "forms", "articleIds");
        JsonNode hedge = json.get("hedges").get(0);
        assertThat(bodies.get(hedge.get("articleId").asLong()).substring(hedge.get("begin").asInt(), hedge.get("end").asInt()))
                .isEqualTo(hedge.get("phrase").asString());
        assertThat(json.get("labels").get(0).get("variants").isObject()).isTrue();
        assertThat(json.get("frames").get(String.valueOf(f.ledger)).size()).isEqualTo(15);
        assertThat(json.get("omissions").get(0).propertyNames()).contains("articleId", "missing");
        JsonNode terms = json.get("distinctiveTerms");
        terms.properties().forEach(e -> e.getValue().forEach(t -> assertThat(t.propertyNames()).contains("term", "z", "count")));
        assertThat(json.get("similarity").get("values").size()).isEqualTo(3);
    }

    @Test
    void eachTableExportsAsCsvWithAHeaderAndFormulaSafeCells() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/events/" + f.eventId + "/comparison/quotes.csv").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("event-" + f.eventId + "-quotes.csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(r -> r.get("speaker")).contains("Mara Quell");
        assertThat(rows).extracting(r -> r.get("verb")).contains("said", "told");

        for (String table : org.parallax.analysis.ComparisonTables.NAMES) {
            assertThat(mvc.get().uri("/api/events/" + f.eventId + "/comparison/" + table + ".csv").exchange())
                    .as(table).hasStatusOk();
        }
        assertThat(ComparisonController.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ComparisonController.safe("-1.25")).isEqualTo("-1.25");
    }

    @Test
    void unknownEventsAndTablesAreNotFound() {
        assertThat(mvc.get().uri("/api/events/999999/comparison").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/events/999999/comparison/quotes.csv").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/events/" + f.eventId + "/comparison/nonsense.csv").exchange()).hasStatus(404);
    }
}
