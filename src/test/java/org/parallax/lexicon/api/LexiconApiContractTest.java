package org.parallax.lexicon.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.lexicon.LexiconService;
import org.parallax.testsupport.CleanDatabase;
import org.parallax.text.compare.Lexicon;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The REST contract of {@code /api/lexicons}, against a real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class LexiconApiContractTest {

    private static final String UKRAINE = """
            {"name": "ukraine",
             "concepts": [{"concept": "the war in Ukraine", "variants": ["full-scale invasion", "war of aggression"]}],
             "hedges": ["purportedly staged"]}
            """;

    @Autowired MockMvcTester mvc;
    @Autowired DataSource dataSource;
    @Autowired LexiconService service;

    @BeforeEach
    void starterOnly() {
        CleanDatabase.truncate(dataSource);
        service.seedIfEmpty();
    }

    @Test
    void getExportsEveryLexiconInTheLexiconShapePlusEnabled() {
        MvcTestResult all = mvc.get().uri("/api/lexicons").exchange();

        assertThat(all).hasStatusOk();
        assertThat(all).bodyJson().extractingPath("$[*].name").asArray().containsExactly("starter");
        assertThat(all).bodyJson().extractingPath("$[0]").asMap()
                .containsOnlyKeys("name", "concepts", "hedges", "intensifiers", "attributionVerbs", "markerClasses", "enabled");
        assertThat(all).bodyJson().extractingPath("$[0].markerClasses.factive").asArray().contains("revealed");
        assertThat(all).bodyJson().extractingPath("$[0].enabled").isEqualTo(true);
        assertThat(all).bodyJson().extractingPath("$[0].concepts[0].concept").isEqualTo("the disputed South Caucasus region");
        assertThat(all).bodyJson().extractingPath("$[0].concepts[0].variants").asArray().contains("Artsakh", "Nagorno-Karabakh");
        assertThat(all).bodyJson().extractingPath("$[0].attributionVerbs.doubt").asArray().contains("claimed");

        assertThat(mvc.get().uri("/api/lexicons/starter").exchange()).bodyJson().extractingPath("$.hedges").asArray()
                .containsExactlyElementsOf(Lexicon.starter().hedges());
        assertThat(mvc.get().uri("/api/lexicons/nothing-here").exchange()).hasStatus(404);
    }

    @Test
    void postingALexiconAnswers201AndTheComparisonUsesItAtOnce() {
        MvcTestResult created = post(UKRAINE);

        assertThat(created).hasStatus(201);
        assertThat(created).hasHeader("Location", "/api/lexicons/ukraine");
        assertThat(created).bodyJson().extractingPath("$.name").isEqualTo("ukraine");
        assertThat(created).bodyJson().extractingPath("$.enabled").isEqualTo(true);
        assertThat(created).bodyJson().extractingPath("$.intensifiers").asArray().isEmpty();
        assertThat(mvc.get().uri("/api/lexicons/ukraine").exchange()).hasStatusOk();
        assertThat(service.current().concept("the war in Ukraine").variants()).contains("invasion", "full-scale invasion");
        assertThat(service.current().hedges()).contains("allegedly", "purportedly staged");
    }

    @Test
    void anInvalidLexiconAnswers422NamingTheProblemAndStoresNothing() {
        MvcTestResult noVariants = post("""
                {"name": "rivers", "concepts": [{"concept": "the river", "variants": []}], "hedges": []}""");
        assertThat(noVariants).hasStatus(422);
        assertThat(noVariants).bodyJson().extractingPath("$.error").asString()
                .contains("Concept “the river” has no variants");

        MvcTestResult blankVariant = post("""
                {"name": "rivers", "concepts": [{"concept": "the river", "variants": ["Lenne", ""]}]}""");
        assertThat(blankVariant).hasStatus(422);
        assertThat(blankVariant).bodyJson().extractingPath("$.error").asString()
                .isEqualTo("Concept “the river” has a blank variant (variant 2).");

        MvcTestResult typo = post("""
                {"name": "rivers", "concepts": [], "hedge": ["allegedly"]}""");
        assertThat(typo).hasStatus(422);
        assertThat(typo).bodyJson().extractingPath("$.error").asString().isEqualTo("Unknown field \"hedge\" (a lexicon has name, concepts, hedges, intensifiers, attributionVerbs, markerClasses and enabled).");

        MvcTestResult wrongType = post("""
                {"name": "rivers", "concepts": [{"concept": "the river", "variants": "Lenne"}]}""");
        assertThat(wrongType).hasStatus(422);
        assertThat(wrongType).bodyJson().extractingPath("$.error").asString()
                .isEqualTo("Concept “the river”: \"variants\" must be a list of texts.");

        MvcTestResult notJson = post("{\"name\": \"rivers\", ");
        assertThat(notJson).hasStatus(422);
        assertThat(notJson).bodyJson().extractingPath("$.error").asString().startsWith("This is not valid JSON");

        assertThat(mvc.get().uri("/api/lexicons").exchange()).bodyJson().extractingPath("$[*].name").asArray()
                .containsExactly("starter");
    }

    @Test
    void anArrayImportsEverythingGetExportedAllOrNothing() throws Exception {
        post(UKRAINE);
        mvc.put().uri("/api/lexicons/ukraine/enabled").contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}").exchange();
        String exported = mvc.get().uri("/api/lexicons").exchange().getResponse().getContentAsString();
        List<String> names = JsonPath.read(exported, "$[*].name");
        assertThat(names).containsExactly("starter", "ukraine");

        CleanDatabase.truncate(dataSource);
        MvcTestResult imported = post(exported);

        assertThat(imported).hasStatus(201);
        assertThat(imported).bodyJson().extractingPath("$[*].name").asArray().containsExactly("starter", "ukraine");
        assertThat(mvc.get().uri("/api/lexicons").exchange().getResponse().getContentAsString()).isEqualTo(exported);
        assertThat(service.get("ukraine").orElseThrow().enabled()).isFalse();

        MvcTestResult bad = post("[" + UKRAINE.replace("ukraine", "ukraine-2") + ", {\"name\": \"\", \"concepts\": []}]");
        assertThat(bad).hasStatus(422);
        assertThat(bad).bodyJson().extractingPath("$.error").asString().isEqualTo("Lexicon 2: A lexicon needs a name.");
        assertThat(service.get("ukraine-2")).isEmpty();
    }

    @Test
    void deleteAnswers204ThenTheLexiconIsGone() {
        post(UKRAINE);
        assertThat(mvc.delete().uri("/api/lexicons/ukraine").exchange()).hasStatus(204);
        assertThat(mvc.get().uri("/api/lexicons/ukraine").exchange()).hasStatus(404);
        assertThat(mvc.delete().uri("/api/lexicons/ukraine").exchange()).hasStatus(404);
        assertThat(service.current().hedges()).doesNotContain("purportedly staged");

        assertThat(mvc.delete().uri("/api/lexicons/starter").exchange()).hasStatus(204);
        assertThat(mvc.get().uri("/api/lexicons").exchange()).bodyJson().extractingPath("$").asArray().isEmpty();
        MvcTestResult reset = mvc.post().uri("/api/lexicons/starter/reset").exchange();
        assertThat(reset).hasStatusOk();
        assertThat(reset).bodyJson().extractingPath("$.name").isEqualTo("starter");
    }

    private MvcTestResult post(String json) {
        return mvc.post().uri("/api/lexicons").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }
}
