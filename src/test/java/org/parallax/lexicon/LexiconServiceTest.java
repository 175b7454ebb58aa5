package org.parallax.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.testsupport.CleanDatabase;
import org.parallax.text.compare.Lexicon;
import org.parallax.text.compare.LexiconHit;
import org.parallax.text.compare.LexiconMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stored lexicons and the merged lexicon the comparison uses, against a real PostgreSQL. */
@SpringBootTest
class LexiconServiceTest {

    private static final String REGION = "the disputed South Caucasus region";
    private static final String WAR = "the war in Ukraine";

    @Autowired LexiconService service;
    @Autowired DataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        CleanDatabase.truncate(dataSource);
    }

    @Test
    void withNoStoredLexiconTheComparisonStillGetsTheStarter() {
        assertThat(service.list()).isEmpty();
        assertThat(service.current()).isEqualTo(Lexicon.starter());
    }

    @Test
    void seedingStoresTheStarterOnceAsAnEditableEnabledLexicon() {
        assertThat(service.seedIfEmpty()).isTrue();
        assertThat(service.seedIfEmpty()).isFalse();

        List<StoredLexicon> all = service.list();
        assertThat(all).hasSize(1);
        assertThat(all.getFirst().name()).isEqualTo("starter");
        assertThat(all.getFirst().enabled()).isTrue();
        assertThat(all.getFirst().lexicon()).isEqualTo(Lexicon.starter());
        assertThat(service.current()).isEqualTo(Lexicon.starter());
    }

    @Test
    void theNextCallToCurrentSeesAnEdit() {
        service.seedIfEmpty();
        Lexicon before = service.current();
        assertThat(before.concept(REGION).variants()).doesNotContain("Gharabagh");
        assertThat(matched(before, "Gharabagh")).isEmpty();

        service.save(withVariant(service.get("starter").orElseThrow().lexicon(), REGION, "Gharabagh"));

        Lexicon after = service.current();
        assertThat(after.concept(REGION).variants()).endsWith("Gharabagh");
        assertThat(matched(after, "Convoys reached Gharabagh.")).containsExactly("Gharabagh");
        assertThat(service.current()).isSameAs(after);   // unchanged table: the cached lexicon

        service.setEnabled("starter", false);
        assertThat(service.current().concepts()).isEmpty();
        assertThat(service.current().hedges()).isEmpty();
        service.setEnabled("starter", true);
        assertThat(service.current().concept(REGION).variants()).contains("Gharabagh");
    }

    @Test
    void currentSeesChangesMadeOutsideTheService() {
        service.seedIfEmpty();
        service.save(new Lexicon("extra", List.of(new Lexicon.Concept("the dam", List.of("Halden Dam"))), List.of(), List.of(), Map.of()));
        assertThat(service.current().concept("the dam")).isNotNull();

        new JdbcTemplate(dataSource).update("update lexicon set enabled = false, updated_at = now() where name = 'extra'");
        assertThat(service.current().concept("the dam")).isNull();

        CleanDatabase.truncate(dataSource);
        assertThat(service.current()).isEqualTo(Lexicon.starter());
    }

    @Test
    void enabledLexiconsAreMergedConceptByConceptInAStableOrder() {
        service.seedIfEmpty();
        service.save(new Lexicon("ukraine",
                List.of(new Lexicon.Concept(WAR, List.of("Invasion", "full-scale invasion", "war of aggression")),
                        new Lexicon.Concept("the president of Ukraine", List.of("Zelensky", "Kyiv regime"))),
                List.of("allegedly", "so-called", "purportedly staged"), List.of("barbaric"),
                Map.of("doubt", List.of("claimed", "averred"), "denial", List.of("denied"))));
        service.save(new Lexicon("disabled", List.of(new Lexicon.Concept(WAR, List.of("conflict"))), List.of("ostensibly staged"),
                List.of(), Map.of()));
        service.setEnabled("disabled", false);

        Lexicon current = service.current();

        Lexicon starter = Lexicon.starter();
        assertThat(current.name()).isEqualTo("starter + ukraine");
        assertThat(current.concepts()).hasSize(starter.concepts().size() + 1);
        assertThat(current.concepts().getLast().concept()).isEqualTo("the president of Ukraine");
        assertThat(current.concept(WAR).variants())
                .containsExactly("invasion", "special military operation", "full-scale war", "full-scale invasion", "war of aggression");
        assertThat(current.hedges()).startsWith(starter.hedges().toArray(String[]::new)).endsWith("purportedly staged")
                .hasSize(starter.hedges().size() + 1).doesNotContain("ostensibly staged");
        assertThat(current.intensifiers()).endsWith("barbaric");
        assertThat(current.attributionVerbs().get("doubt")).startsWith("claimed", "claims").endsWith("averred")
                .doesNotHaveDuplicates();
        assertThat(current.attributionVerbs().keySet()).containsExactly("neutral", "doubt", "concession", "emphasis", "denial");
        assertThat(matched(current, "The full-scale invasion, which Zelensky called barbaric.")).containsExactly(
                "full-scale invasion", "Zelensky", "barbaric");
    }

    @Test
    void invalidLexiconsAreRefusedWithAMessageNamingTheProblemAndNothingIsStored() {
        assertInvalid(lexicon(" ", concept("the river", "Lenne")), "A lexicon needs a name.");
        assertInvalid(lexicon("a/b", concept("the river", "Lenne")), "may not contain a slash");
        assertInvalid(lexicon("x".repeat(201), concept("the river", "Lenne")), "longer than 200 characters");
        assertInvalid(lexicon("rivers", concept("the river", "Lenne"), concept("  ", "Lennar")), "Concept 2 has no name");
        assertInvalid(lexicon("rivers", concept("the river")), "Concept “the river” has no variants");
        assertInvalid(lexicon("rivers", concept("the river", "Lenne", " ")), "Concept “the river” has a blank variant (variant 2)");
        assertInvalid(lexicon("rivers", concept("the river", "Lenne"), concept("The River", "Lennar")),
                "Concept “The River” appears twice");
        assertInvalid(lexicon("rivers", concept("the river", "L".repeat(201))), "Concept “the river” has a variant longer than 200 characters");
        assertInvalid(new Lexicon("rivers", List.of(), List.of("allegedly", ""), List.of(), Map.of()), "The hedge list has a blank hedge (hedge 2)");
        assertInvalid(new Lexicon("rivers", List.of(), List.of(), List.of(), Map.of(" ", List.of("said"))),
                "An attribution verb class has no name");
        assertInvalid(new Lexicon("rivers", List.of(), List.of(), List.of(), Map.of("doubt", List.of("claimed", " "))),
                "Attribution verb class “doubt” has a blank verb (verb 2)");
        assertThat(service.list()).isEmpty();
    }

    @Test
    void savingTidiesEntriesAndReplacesByName() {
        StoredLexicon first = service.save(lexicon("  rivers ", concept(" the river ", " Lenne", "lenne", "Lennar ")));
        assertThat(first.name()).isEqualTo("rivers");
        assertThat(first.lexicon().concept("the river").variants()).containsExactly("Lenne", "Lennar");
        service.setEnabled("rivers", false);

        StoredLexicon replaced = service.save(lexicon("rivers", concept("the river", "Lenne", "River Lenne")));

        assertThat(service.list()).hasSize(1);
        assertThat(replaced.lexicon().concept("the river").variants()).containsExactly("Lenne", "River Lenne");
        assertThat(replaced.enabled()).as("replacing keeps the enabled setting").isFalse();
    }

    @Test
    void renamingKeepsTheSettingAndRefusesATakenName() {
        service.seedIfEmpty();
        service.save(lexicon("rivers", concept("the river", "Lenne")));
        service.setEnabled("rivers", false);

        StoredLexicon renamed = service.save("rivers", lexicon("waters", concept("the river", "Lenne")));

        assertThat(renamed.enabled()).isFalse();
        assertThat(service.list()).extracting(StoredLexicon::name).containsExactly("starter", "waters");
        assertThatThrownBy(() -> service.save("waters", lexicon("starter", concept("the river", "Lenne"))))
                .isInstanceOf(InvalidLexiconException.class).hasMessageContaining("Another lexicon is already called “starter”");
        assertThat(service.get("starter").orElseThrow().lexicon()).isEqualTo(Lexicon.starter());
    }

    @Test
    void resetStarterRestoresTheShippedContentAfterAnEditOrADelete() {
        service.seedIfEmpty();
        Lexicon edited = new Lexicon("starter", List.of(new Lexicon.Concept("only", List.of("one"))), List.of(), List.of(), Map.of());
        service.save(edited);
        service.setEnabled("starter", false);
        assertThat(service.current().concepts()).isEmpty();

        StoredLexicon reset = service.resetStarter();

        assertThat(reset.lexicon()).isEqualTo(Lexicon.starter());
        assertThat(reset.enabled()).isTrue();
        assertThat(service.current()).isEqualTo(Lexicon.starter());

        assertThat(service.delete("starter")).isTrue();
        assertThat(service.delete("starter")).isFalse();
        assertThat(service.list()).isEmpty();
        service.resetStarter();
        assertThat(service.list()).extracting(StoredLexicon::name).containsExactly("starter");
    }

    @Test
    void importIsAllOrNothing() {
        List<LexiconImport> document = List.of(
                new LexiconImport(lexicon("rivers", concept("the river", "Lenne")), null),
                new LexiconImport(lexicon("dams", concept("the dam")), true));

        assertThatThrownBy(() -> service.importAll(document)).isInstanceOf(InvalidLexiconException.class)
                .hasMessage("Lexicon 2 (“dams”): Concept “the dam” has no variants: give at least one name for it.");
        assertThat(service.list()).isEmpty();

        List<StoredLexicon> stored = service.importAll(List.of(
                new LexiconImport(lexicon("rivers", concept("the river", "Lenne")), null),
                new LexiconImport(lexicon("dams", concept("the dam", "Halden Dam")), false)));
        assertThat(stored).extracting(StoredLexicon::name).containsExactly("rivers", "dams");
        assertThat(stored).extracting(StoredLexicon::enabled).containsExactly(true, false);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void assertInvalid(Lexicon lexicon, String message) {
        assertThatThrownBy(() -> service.save(lexicon)).isInstanceOf(InvalidLexiconException.class)
                .hasMessageContaining(message);
    }

    private static Lexicon lexicon(String name, Lexicon.Concept... concepts) {
        return new Lexicon(name, List.of(concepts), List.of(), List.of(), Map.of());
    }

    private static Lexicon.Concept concept(String name, String... variants) {
        return new Lexicon.Concept(name, List.of(variants));
    }

    private static Lexicon withVariant(Lexicon l, String concept, String variant) {
        List<Lexicon.Concept> concepts = new ArrayList<>();
        for (Lexicon.Concept c : l.concepts()) {
            if (c.concept().equals(concept)) {
                List<String> vs = new ArrayList<>(c.variants());
                vs.add(variant);
                concepts.add(new Lexicon.Concept(concept, vs));
            } else {
                concepts.add(c);
            }
        }
        return new Lexicon(l.name(), concepts, l.hedges(), l.intensifiers(), l.attributionVerbs());
    }

    private static List<String> matched(Lexicon lexicon, String text) {
        return new LexiconMatcher(lexicon).match(text).stream().map(LexiconHit::entry).toList();
    }
}
