package org.parallax.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Renaming, merging, aliases and ratings of outlets, through the service and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class OutletCurationTest {

    @Autowired OutletService service;
    @Autowired OutletRepository outlets;
    @Autowired DataSource dataSource;
    @Autowired MockMvcTester mvc;
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        CleanDatabase.truncate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void aliasesAndHostsResolveToOneOutlet() {
        long rfe = outlets.findOrCreate("Radio Free Europe/Radio Liberty");
        service.addAlias(rfe, "RFE/RL");
        service.update(rfe, new OutletMetadata("Radio Free Europe/Radio Liberty", "https://www.rferl.example/", "CZ", "en", Ownership.PUBLIC));

        assertThat(outlets.findOrCreate("RFE/RL")).isEqualTo(rfe);
        assertThat(outlets.findOrCreate("rfe / rl")).isEqualTo(rfe);
        assertThat(outlets.findOrCreate("www.rferl.example")).isEqualTo(rfe);
        assertThat(outlets.findOrCreate("amp.rferl.example")).isEqualTo(rfe);
        assertThat(outlets.findOrCreate("The Radio Free Europe/Radio Liberty")).isEqualTo(rfe);
        assertThat(outlets.findAll()).hasSize(1);
        OutletDetails d = service.details(rfe).orElseThrow();
        assertThat(d.ownership()).isEqualTo(Ownership.PUBLIC);
        assertThat(d.country()).isEqualTo("CZ");
    }

    @Test
    void renamingKeepsTheOldNameAsAnAliasAndRecordsWho() {
        long id = outlets.findOrCreate("Harbor Ledger");
        service.update(id, new OutletMetadata("Harbour Ledger", null, null, null, null));

        assertThat(outlets.findOrCreate("Harbor Ledger")).isEqualTo(id);
        assertThat(service.details(id).orElseThrow().name()).isEqualTo("Harbour Ledger");
        assertThat(jdbc.queryForObject("select u.username from outlet o join app_user u on u.id = o.updated_by where o.id = ?", String.class, id))
                .isEqualTo("local");
    }

    @Test
    void renamingOntoAnotherOutletsNameIsRefused() {
        long a = outlets.findOrCreate("North Star");
        outlets.findOrCreate("South Star");
        assertThatThrownBy(() -> service.update(a, new OutletMetadata("South Star", null, null, null, null)))
                .isInstanceOf(OutletChangeException.class).hasMessageContaining("merge");
    }

    @Test
    void mergingMovesArticlesRatingsAndNames() {
        long source = outlets.findOrCreate("Valley Courier Online");
        long target = outlets.findOrCreate("Valley Courier");
        insertArticle(source, "One");
        insertArticle(source, "Two");
        insertArticle(target, "Three");
        service.addRating(source, "Example Media Monitor", "centre", LocalDate.of(2026, 1, 5), "spring review");

        OutletDetails merged = service.merge(source, target);

        assertThat(merged.articleCount()).isEqualTo(3);
        assertThat(merged.ratings()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("Example Media Monitor");
            assertThat(r.ratedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        });
        assertThat(outlets.findAll()).extracting(Outlet::name).containsExactly("Valley Courier");
        assertThat(outlets.findOrCreate("Valley Courier Online")).isEqualTo(target);
    }

    @Test
    void theApiEditsMergesAndRates() {
        long source = outlets.findOrCreate("Northline");
        long target = outlets.findOrCreate("Northline Radio");

        assertThat(mvc.put().uri("/api/outlets/" + target).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Northline Radio\",\"country\":\"NO\",\"language\":\"nb\",\"ownership\":\"PUBLIC\"}").exchange())
                .hasStatusOk().bodyJson().extractingPath("$.country").isEqualTo("NO");
        assertThat(mvc.post().uri("/api/outlets/" + target + "/ratings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"source\":\"Example Media Monitor\",\"rating\":\"high factual reporting\",\"ratedOn\":\"2026-02-01\"}").exchange())
                .hasStatus(201).bodyJson().extractingPath("$.ratings[0].rating").isEqualTo("high factual reporting");
        assertThat(mvc.post().uri("/api/outlets/" + source + "/merge-into/" + target).exchange())
                .hasStatusOk().bodyJson().extractingPath("$.aliases").asArray().contains("northline");
        assertThat(mvc.post().uri("/api/outlets/" + target + "/merge-into/" + target).exchange())
                .hasStatus(409).bodyJson().extractingPath("$.error").asString().contains("itself");
        assertThat(mvc.get().uri("/api/outlets").exchange()).bodyJson().extractingPath("$.length()").isEqualTo(1);
    }

    private void insertArticle(long outletId, String title) {
        jdbc.update("insert into article (outlet_id, title, body, word_count, content_hash, created_by) "
                        + "values (?, ?, 'text', 1, md5(?) || md5(?), (select id from app_user where username = 'local'))",
                outletId, title, title, title + "x");
    }
}
