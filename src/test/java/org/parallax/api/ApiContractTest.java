package org.parallax.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The REST contract of imports, articles and outlets, against a real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractTest {

    @Autowired MockMvcTester mvc;
    @Autowired DataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        CleanDatabase.truncate(dataSource);
    }

    @Test
    void postingADigestAnswers201WithTheReportAndTheArticlesAreListed() throws IOException {
        MvcTestResult created = mvc.post().uri("/api/imports").multipart().file(riverDigest()).exchange();

        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.format").isEqualTo("DIGEST");
        assertThat(created).bodyJson().extractingPath("$.created").isEqualTo(4);
        assertThat(created).bodyJson().extractingPath("$.duplicates").isEqualTo(0);
        assertThat(created).bodyJson().extractingPath("$.articleIds").asArray().hasSize(4);
        assertThat(created).bodyJson().extractingPath("$.rejected[0].record").asString().startsWith("block 4");
        assertThat(created).bodyJson().extractingPath("$.rejected[0].reason").asString().isNotBlank();
        assertThat(created).bodyJson().extractingPath("$.warnings[0].message").asString().isNotBlank();
        long importId = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();

        MvcTestResult list = mvc.get().uri("/api/articles?offset=0&limit=2").exchange();
        assertThat(list).hasStatusOk();
        assertThat(list).bodyJson().extractingPath("$.total").isEqualTo(4);
        assertThat(list).bodyJson().extractingPath("$.items").asArray().hasSize(2);
        assertThat(list).bodyJson().extractingPath("$.items[0].title").asString().isNotBlank();
        assertThat(list).bodyJson().extractingPath("$.items[0].wordCount").isNotNull();
        assertThat(list).bodyJson().extractingPath("$.items[0]").asMap().containsKeys("id", "outlet", "url", "publishedAt", "flags");

        MvcTestResult secondPage = mvc.get().uri("/api/articles?offset=2&limit=2").exchange();
        assertThat(secondPage).bodyJson().extractingPath("$.items").asArray().hasSize(2);

        Object firstId = com.jayway.jsonpath.JsonPath.read(list.getResponse().getContentAsString(), "$.items[0].id");
        MvcTestResult one = mvc.get().uri("/api/articles/" + firstId).exchange();
        assertThat(one).hasStatusOk();
        assertThat(one).bodyJson().extractingPath("$.body").asString().isNotNull();

        MvcTestResult outlets = mvc.get().uri("/api/outlets").exchange();
        assertThat(outlets).bodyJson().extractingPath("$[*].name").asArray()
                .contains("Harbour Ledger", "Valley Courier", "Northline Radio");

        MvcTestResult report = mvc.get().uri("/api/imports/" + importId).exchange();
        assertThat(report).hasStatusOk();
        assertThat(report).bodyJson().extractingPath("$.created").isEqualTo(4);
    }

    @Test
    void postingTheSameFileAgainCreatesNothing() throws IOException {
        mvc.post().uri("/api/imports").multipart().file(riverDigest()).exchange();
        MvcTestResult again = mvc.post().uri("/api/imports").multipart().file(riverDigest()).exchange();

        assertThat(again).hasStatus(201);
        assertThat(again).bodyJson().extractingPath("$.created").isEqualTo(0);
        assertThat(again).bodyJson().extractingPath("$.duplicates").isEqualTo(4);
        assertThat(mvc.get().uri("/api/articles").exchange()).bodyJson().extractingPath("$.total").isEqualTo(4);
    }

    @Test
    void unreadableInputAnswers4xxWithAnErrorAndStoresNothing() {
        MockMultipartFile notes = new MockMultipartFile("file", "notes.txt", "text/plain", "hello\nworld\n".getBytes());
        MvcTestResult result = mvc.post().uri("/api/imports").multipart().file(notes).exchange();

        assertThat(result).hasStatus4xxClientError();
        assertThat(result).bodyJson().extractingPath("$.error").asString().contains("notes.txt");
        assertThat(mvc.get().uri("/api/articles").exchange()).bodyJson().extractingPath("$.total").isEqualTo(0);
    }

    @Test
    void unknownArticleIs404() {
        assertThat(mvc.get().uri("/api/articles/999999").exchange()).hasStatus(404);
    }

    private MockMultipartFile riverDigest() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/import/river-digest.txt")) {
            return new MockMultipartFile("file", "river-digest.txt", "text/plain", in.readAllBytes());
        }
    }
}
