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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE.md, enforced. Each rule is also checked against a
 * deliberately bad class (see {@code violations}) so the test is proven to fail when broken.
 */
class ArchitectureTest {

    static JavaClasses main;
    static JavaClasses violations;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parallax");
        violations = new ClassFileImporter().importPackages("org.parallax.architecture.violations");
    }

    /** Only repositories touch jOOQ or the generated schema classes. */
    static final ArchRule ONLY_REPOSITORIES_USE_JOOQ = noClasses()
            .that().resideOutsideOfPackages("org.parallax.db..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.parallax.db..")
            .because("only *Repository classes may use jOOQ (ARCHITECTURE.md)");

    /** The text package is pure: it depends on nothing else of ours. */
    static final ArchRule TEXT_IS_PURE = noClasses()
            .that().resideInAPackage("org.parallax.text..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.parallax.article..", "org.parallax.outlet..", "org.parallax.ingest..", "org.parallax.event..",
                    "org.parallax.analysis..", "org.parallax.annotation..", "org.parallax.sharing..",
                    "org.parallax.account..", "org.parallax.ui..", "org.parallax.platform..", "org.parallax.db..",
                    "org.springframework..", "org.jooq..", "com.vaadin..")
            .because("text is pure Java machinery (ARCHITECTURE.md)");

    /** No cycles between feature packages. */
    static final ArchRule NO_FEATURE_CYCLES = slices()
            .matching("org.parallax.(*)..")
            .should().beFreeOfCycles();

    /** Views never see jOOQ records or SQL. */
    static final ArchRule VIEWS_GET_RECORDS = classes()
            .that().resideInAPackage("..ui..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.jooq..", "org.parallax.db..")
            .because("views receive Java records from repositories, never jOOQ records");

    @Test
    void onlyRepositoriesUseJooq() {
        ONLY_REPOSITORIES_USE_JOOQ.check(main);
    }

    @Test
    void textDependsOnNothingOfOurs() {
        TEXT_IS_PURE.check(main);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        NO_FEATURE_CYCLES.check(main);
    }

    @Test
    void viewsNeverSeeJooq() {
        VIEWS_GET_RECORDS.check(main);
    }

    @Test
    void theRulesReallyCatchViolations() {
        assertThat(main.size()).as("classes imported from the main code").isGreaterThan(30);
        EvaluationResult jooq = ONLY_REPOSITORIES_USE_JOOQ.evaluate(violations);
        assertThat(jooq.hasViolation()).isTrue();
        assertThat(jooq.getFailureReport().toString()).contains("SqlInAService");
        EvaluationResult view = VIEWS_GET_RECORDS.evaluate(violations);
        assertThat(view.hasViolation()).isTrue();
        assertThat(view.getFailureReport().toString()).contains("JooqInAView");
    }
}
