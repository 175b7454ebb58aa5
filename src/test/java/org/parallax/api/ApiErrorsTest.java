package org.parallax.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.event.EventService;
import org.parallax.outlet.OutletService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What a script sees when it sends a body the API cannot use: a 4xx answer with a JSON
 * {@code {"error": "..."}} naming the problem in words, never a 500, a stack trace or a Java
 * class name; titles and names over their documented length are refused with 422.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parallax.import.max-file-bytes=" + ApiErrorsTest.UPLOAD_LIMIT)
@AutoConfigureMockMvc
class ApiErrorsTest {

    /** A small upload limit for this test (the fixture digest is 1.5 kB). */
    static final int UPLOAD_LIMIT = 20_000;

    @LocalServerPort int port;

    /** Bodies a careless or hostile client sends. */
    static final List<String> BAD_BODIES = List.of("", "null", "{}", "[]", "not json", "{\"eventIds\": null, \"articleIds\": null,"
            + " \"articleId\": null, \"pinned\": null, \"title\": null, \"name\": null, \"alias\": null, \"source\": null,"
            + " \"rating\": null, \"enabled\": null, \"granularity\": null}", "{\"eventIds\": [null], \"articleIds\": [null]}",
            "{\"articleId\": \"seven\", \"threshold\": \"high\", \"eventIds\": {\"a\": 1}}");

    @Autowired MockMvcTester mvc;
    @Autowired DataSource dataSource;

    long eventId;
    long outletId;

    @BeforeEach
    void importADigest() throws IOException {
        CleanDatabase.truncate(dataSource);
        try (InputStream in = getClass().getResourceAsStream("/fixtures/import/river-digest.txt")) {
            MockMultipartFile file = new MockMultipartFile("file", "river-digest.txt", "text/plain", in.readAllBytes());
            assertThat(mvc.post().uri("/api/imports").multipart().file(file).exchange()).hasStatus(201);
        }
        eventId = ((Number) read(mvc.get().uri("/api/events").exchange(), "$.items[0].id")).longValue();
        outletId = ((Number) read(mvc.get().uri("/api/outlets").exchange(), "$[0].id")).longValue();
    }

    @Test
    void mergingWithNullEventIdsAnswers400NamingTheField() {
        MvcTestResult result = send(HttpMethod.POST, "/api/events/" + eventId + "/merge", "{\"eventIds\": null}");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.error").asString().contains("eventIds");
        assertReadable(result);
    }

    @Test
    void everyEndpointThatTakesABodyAnswersABadBodyWith4xxAndAReadableJsonError() {
        List<String[]> endpoints = List.of(
                new String[] {"PUT", "/api/events/" + eventId + "/title"},
                new String[] {"POST", "/api/events/" + eventId + "/merge"},
                new String[] {"POST", "/api/events/" + eventId + "/split"},
                new String[] {"POST", "/api/events/move"},
                new String[] {"POST", "/api/events/pin"},
                new String[] {"POST", "/api/events/regroup"},
                new String[] {"PUT", "/api/outlets/" + outletId},
                new String[] {"POST", "/api/outlets/" + outletId + "/aliases"},
                new String[] {"POST", "/api/outlets/" + outletId + "/ratings"},
                new String[] {"POST", "/api/lexicons"},
                new String[] {"PUT", "/api/lexicons/starter/enabled"});
        for (String[] endpoint : endpoints) {
            for (String body : BAD_BODIES) {
                MvcTestResult result = send(HttpMethod.valueOf(endpoint[0]), endpoint[1], body);
                String what = endpoint[0] + " " + endpoint[1] + " with " + body;
                if (endpoint[1].endsWith("/regroup") && body.startsWith("{") && !body.contains("threshold")) {
                    assertThat(result.getResponse().getStatus()).as(what).isEqualTo(200); // every field is optional
                    continue;
                }
                assertThat(result.getResponse().getStatus()).as(what).isBetween(400, 499);
                assertThat(result).as(what).bodyJson().extractingPath("$.error").asString().isNotBlank();
                assertReadable(result);
            }
        }
    }

    @Test
    void anUnknownGranularityAnswers400NamingTheAllowedValues() {
        MvcTestResult result = send(HttpMethod.POST, "/api/events/regroup", "{\"granularity\": \"same-planet\"}");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.error").asString()
                .contains("same-planet", "same-happening", "same-event", "same-story").doesNotContain("SAME_", "enum");
        assertReadable(result);
    }

    @Test
    void aKnownGranularityInAnyCaseRegroups() {
        assertThat(send(HttpMethod.POST, "/api/events/regroup", "{\"granularity\": \" Same-Story \"}")).hasStatusOk();
    }

    @Test
    void anOverlongEventTitleIsRefusedWith422NamingTheFieldAndTheLimit() {
        MvcTestResult result = send(HttpMethod.PUT, "/api/events/" + eventId + "/title",
                "{\"title\": \"" + "a".repeat(EventService.MAX_TITLE_LENGTH + 1) + "\"}");

        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.error").asString()
                .contains("title", String.valueOf(EventService.MAX_TITLE_LENGTH));
        assertThat(read(mvc.get().uri("/api/events/" + eventId).exchange(), "$.title").toString()).doesNotStartWith("aaaa");

        assertThat(send(HttpMethod.PUT, "/api/events/" + eventId + "/title",
                "{\"title\": \"" + "a".repeat(EventService.MAX_TITLE_LENGTH) + "\"}")).hasStatusOk();
    }

    @Test
    void overlongOutletNamesAliasesAndRatingsAreRefusedWith422() {
        String longName = "n".repeat(OutletService.MAX_NAME_LENGTH + 1);
        MvcTestResult rename = send(HttpMethod.PUT, "/api/outlets/" + outletId, "{\"name\": \"" + longName + "\"}");
        assertThat(rename).hasStatus(422);
        assertThat(rename).bodyJson().extractingPath("$.error").asString().contains("name", String.valueOf(OutletService.MAX_NAME_LENGTH));

        MvcTestResult alias = send(HttpMethod.POST, "/api/outlets/" + outletId + "/aliases", "{\"alias\": \"" + longName + "\"}");
        assertThat(alias).hasStatus(422);
        assertThat(alias).bodyJson().extractingPath("$.error").asString().contains("alias");

        MvcTestResult rating = send(HttpMethod.POST, "/api/outlets/" + outletId + "/ratings",
                "{\"source\": \"Panel\", \"rating\": \"centre\", \"note\": \"" + "x".repeat(OutletService.MAX_NOTE_LENGTH + 1) + "\"}");
        assertThat(rating).hasStatus(422);
        assertThat(rating).bodyJson().extractingPath("$.error").asString().contains("note", String.valueOf(OutletService.MAX_NOTE_LENGTH));

        assertThat(read(mvc.get().uri("/api/outlets/" + outletId).exchange(), "$.name").toString()).doesNotStartWith("nnnn");
    }

    @Test
    void anOverlongLexiconNameOrConceptIsRefusedWith422() {
        MvcTestResult name = send(HttpMethod.POST, "/api/lexicons",
                "{\"name\": \"" + "l".repeat(201) + "\", \"concepts\": [], \"hedges\": []}");
        assertThat(name).hasStatus(422);
        assertThat(name).bodyJson().extractingPath("$.error").asString().contains("name", "200");

        MvcTestResult concept = send(HttpMethod.POST, "/api/lexicons",
                "{\"name\": \"Short\", \"concepts\": [{\"concept\": \"" + "c".repeat(201) + "\", \"variants\": [\"v\"]}], \"hedges\": []}");
        assertThat(concept).hasStatus(422);
        assertThat(concept).bodyJson().extractingPath("$.error").asString().contains("200");
    }

    @Test
    void aQueryParameterOfTheWrongTypeAnswers400NamingTheParameter() {
        MvcTestResult result = mvc.get().uri("/api/events?limit=many").exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.error").asString().contains("limit", "many");
        assertReadable(result);
    }

    @Test
    void anUploadOverTheLimitAnswers413WithAJsonReasonAndStoresNothing() throws Exception {
        String boundary = "parallax-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = "word ".repeat(UPLOAD_LIMIT / 5 * 2).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        int articlesBefore = ((Number) read(mvc.get().uri("/api/articles").exchange(), "$.total")).intValue();

        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(response.body(), "$.error"))
                .contains(String.valueOf(UPLOAD_LIMIT), "parallax.import.max-file-bytes");
        assertThat(response.body()).doesNotContain("Exception", "java.", "org.");
        assertThat(((Number) read(mvc.get().uri("/api/articles").exchange(), "$.total")).intValue()).isEqualTo(articlesBefore);
    }

    private MvcTestResult send(HttpMethod method, String uri, String body) {
        return mvc.method(method).uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static Object read(MvcTestResult result, String path) {
        try {
            return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), path);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No stack trace, exception or Java type leaks into what a user reads. */
    private static void assertReadable(MvcTestResult result) {
        String body;
        try {
            body = result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        assertThat(body).doesNotContain("Exception", "java.", "org.", "tools.jackson", "\tat ", "`");
    }
}
