package org.parallax.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.testsupport.CleanDatabase;
import org.parallax.text.compare.Lexicon;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A database whose starter was stored by the first version (with the demo world's concepts) is
 * brought up to the shipped starter on start-up, and the user's edits survive.
 */
@SpringBootTest
class StarterUpgradeTest {

    static final String REGION = "the disputed South Caucasus region";
    static final Lexicon V1 = Lexicon.fromResource("/lexicons/starter-v1.json");

    @Autowired LexiconService service;
    @Autowired LexiconRepository repository;
    @Autowired DataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        CleanDatabase.truncate(dataSource);
    }

    @Test
    void anEditedFirstVersionStarterGetsTheNewListsKeepsItsEditsAndHandsTheDemoWorldToTheDemoLexicon() {
        List<Lexicon.Concept> concepts = new ArrayList<>();
        for (Lexicon.Concept c : V1.concepts()) {
            List<String> variants = new ArrayList<>(c.variants());
            if (c.concept().equals(REGION)) {
                variants.remove("Mountainous Karabakh");
                variants.add("Gharabagh");
            }
            if (c.concept().equals("the shared river (demo)")) {
                variants.add("River Lenne");
            }
            concepts.add(new Lexicon.Concept(c.concept(), variants));
        }
        concepts.add(new Lexicon.Concept("my own concept", List.of("alpha", "beta")));
        List<String> hedges = new ArrayList<>(V1.hedges());
        hedges.remove("reportedly");
        hedges.add("ostensibly staged");
        Map<String, List<String>> verbs = new LinkedHashMap<>(V1.attributionVerbs());
        verbs.put("denial", List.of("rejected"));
        repository.upsert(new Lexicon("starter", concepts, hedges, V1.intensifiers(), verbs), true, 1, java.time.OffsetDateTime.now());

        assertThat(service.upgradeStarter()).isTrue();

        Lexicon upgraded = service.get("starter").orElseThrow().lexicon();
        assertThat(upgraded.concept(REGION).variants()).contains("Artsakh", "Gharabagh").doesNotContain("Mountainous Karabakh");
        assertThat(upgraded.concept("my own concept").variants()).containsExactly("alpha", "beta");
        assertThat(upgraded.concept("the dam on the river (demo)")).as("a dropped concept without edits goes").isNull();
        assertThat(upgraded.concept("the shared river (demo)").variants()).as("only the user's own variant stays")
                .containsExactly("River Lenne");
        assertThat(upgraded.hedges()).contains("ostensibly staged", "so-called", "apparently").doesNotContain("reportedly");
        assertThat(upgraded.attributionVerbs().get("denial")).containsExactly("rejected");
        assertThat(upgraded.attributionVerbs().get("emphasis")).contains("vowed");
        assertThat(upgraded.markerClasses()).isEqualTo(Lexicon.starter().markerClasses());

        assertThat(service.get(DemoLexicon.NAME)).as("the demo world moved to its own lexicon").isPresent();
        assertThat(service.current().concept("the shared river (demo)").variants()).contains("Lenne", "Lennar", "River Lenne");

        assertThat(service.upgradeStarter()).as("once per database").isFalse();
        assertThat(repository.setting(LexiconService.STARTER_VERSION_SETTING)).contains(String.valueOf(LexiconService.STARTER_VERSION));
    }

    @Test
    void anUneditedFirstVersionStarterBecomesTheShippedStarter() {
        repository.upsert(V1, true, 1, java.time.OffsetDateTime.now());
        service.upgradeStarter();
        assertThat(service.get("starter").orElseThrow().lexicon()).isEqualTo(Lexicon.starter());
    }

    @Test
    void aFreshDatabaseIsSeededWithTheCurrentVersionAndNotUpgradedAgain() {
        assertThat(service.seedIfEmpty()).isTrue();
        assertThat(service.upgradeStarter()).isFalse();
        assertThat(service.get("starter").orElseThrow().lexicon()).isEqualTo(Lexicon.starter());
        assertThat(service.get(DemoLexicon.NAME)).isEmpty();
    }
}
