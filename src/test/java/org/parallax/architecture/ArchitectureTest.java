package org.parallax.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules of {@code docs/architecture.md}, enforced. Every rule is also evaluated against
 * deliberately bad classes in {@code violations} and must report them, so a rule that silently stopped
 * matching (a renamed package, a typo) fails this test instead of passing forever.
 */
class ArchitectureTest {

    private static final String ROOT = "org.parallax";
    private static final String PLANTED = "org.parallax.architecture.violations";

    /**
     * The dependency table: each feature package and the feature packages it may use. Anything of
     * ours not listed is forbidden; the generated schema ({@code db}) is governed by the jOOQ rule
     * below instead. Keep in step with the table in {@code docs/architecture.md}.
     */
    static final Map<String, Set<String>> MAY_USE = table();

    private static Map<String, Set<String>> table() {
        Map<String, Set<String>> t = new LinkedHashMap<>();
        t.put("text", Set.of());
        t.put("ui", Set.of());
        t.put("platform", Set.of());
        t.put("account", Set.of());
        t.put("outlet", Set.of("account", "ui"));
        t.put("article", Set.of("outlet", "text", "account", "ui"));
        t.put("lexicon", Set.of("text", "account", "ui"));
        t.put("ingest", Set.of("article", "outlet", "text", "lexicon", "account", "platform", "ui"));
        t.put("event", Set.of("article", "outlet", "text", "account", "platform", "ui", "ingest"));
        t.put("analysis", Set.of("event", "article", "outlet", "lexicon", "text", "account", "ui"));
        return t;
    }

    static JavaClasses main;
    static JavaClasses planted;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        planted = new ClassFileImporter().importPackages(PLANTED);
    }

    /** The rule for one row of the table, over classes whose package starts with {@code root.feature}. */
    static ArchRule dependencyRule(String root, String feature) {
        Set<String> allowed = MAY_USE.get(feature);
        String[] forbidden = MAY_USE.keySet().stream()
                .filter(other -> !other.equals(feature) && !allowed.contains(other))
                .map(other -> ROOT + "." + other + "..")
                .toArray(String[]::new);
        return noClasses()
                .that().resideInAPackage(root + "." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because(feature + " may use only " + (allowed.isEmpty() ? "nothing of ours" : allowed)
                        + " (docs/architecture.md)");
    }

    /** Only repositories touch jOOQ or the generated schema classes. */
    static final ArchRule ONLY_REPOSITORIES_USE_JOOQ = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".db..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", ROOT + ".db..")
            .because("only *Repository classes may use jOOQ (docs/architecture.md)");

    /** The text package is plain Java: no framework, no database. */
    static ArchRule textHasNoFramework(String root) {
        return noClasses()
                .that().resideInAPackage(root + ".text..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.jooq..", "com.vaadin..", ROOT + ".db..")
                .because("text is pure Java machinery (docs/architecture.md)");
    }

    /** The shared UI package is Vaadin only: no Spring services, no database. */
    static ArchRule sharedUiHasNoServices(String root) {
        return noClasses()
                .that().resideInAPackage(root + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", ROOT + ".db..", "org.springframework.jdbc..")
                .because("the shared ui package holds components only (docs/architecture.md)");
    }

    /** No cycles between the top-level packages under {@code root}. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Views never see jOOQ records or SQL. */
    static final ArchRule VIEWS_GET_RECORDS = classes()
            .that().resideInAPackage("..ui..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.jooq..", ROOT + ".db..")
            .because("views receive Java records from repositories, never jOOQ records");

    static Stream<String> features() {
        return MAY_USE.keySet().stream();
    }

    @Test
    void everyFeaturePackageIsInTheTable() {
        List<String> topLevel = main.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .distinct()
                .filter(p -> !p.equals("db"))
                .toList();
        assertThat(MAY_USE.keySet()).as("packages named in the dependency table").containsAll(topLevel);
    }

    @ParameterizedTest(name = "{0} uses only what the table allows")
    @MethodSource("features")
    void featureUsesOnlyWhatTheTableAllows(String feature) {
        dependencyRule(ROOT, feature).check(main);
    }

    @ParameterizedTest(name = "the {0} rule reports a planted violation")
    @MethodSource("features")
    void featureRuleCatchesAPlantedViolation(String feature) {
        EvaluationResult result = dependencyRule(PLANTED, feature).evaluate(planted);
        assertThat(result.hasViolation()).as("planted violation of the %s row", feature).isTrue();
    }

    @Test
    void onlyRepositoriesUseJooq() {
        ONLY_REPOSITORIES_USE_JOOQ.check(main);
    }

    @Test
    void textHasNoFrameworkOrDatabase() {
        textHasNoFramework(ROOT).check(main);
    }

    @Test
    void sharedUiHasNoDatabase() {
        sharedUiHasNoServices(ROOT).check(main);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        noCycles(ROOT).check(main);
    }

    @Test
    void viewsNeverSeeJooq() {
        VIEWS_GET_RECORDS.check(main);
    }

    @Test
    void theOtherRulesReallyCatchViolations() {
        assertThat(main.size()).as("classes imported from the main code").isGreaterThan(30);
        assertReports(ONLY_REPOSITORIES_USE_JOOQ.evaluate(planted), "SqlInAService");
        assertReports(VIEWS_GET_RECORDS.evaluate(planted), "JooqInAView");
        assertReports(textHasNoFramework(PLANTED).evaluate(planted), "SpringInText");
        assertReports(sharedUiHasNoServices(PLANTED).evaluate(planted), "JooqInAView");
        assertReports(noCycles(PLANTED + ".cycle").evaluate(planted), "Cycle");
    }

    private static void assertReports(EvaluationResult result, String plantedClass) {
        assertThat(result.hasViolation()).as("rule reports %s", plantedClass).isTrue();
        assertThat(result.getFailureReport().toString()).contains(plantedClass);
    }
}
