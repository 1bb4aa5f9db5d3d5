package io.denialwatch.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * How our packages may depend on one another, checked over the main code of every module (the
 * app's test class path holds them all): no package cycles, the analysis blind to the join,
 * {@code common} depending on nothing else of ours, and the roles' modules independent.
 */
class PackageDependenciesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar")) // another module's test jar
            .importPackages("io.denialwatch");

    @Test
    void noPackageCycles() {
        slices().matching("io.denialwatch.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theAnalysisKnowsNothingOfTheJoin() {
        noClasses()
                .that()
                .resideInAPackage("io.denialwatch.stream.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.denialwatch.stream.join..")
                .check(MAIN);
    }

    @Test
    void commonDependsOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("io.denialwatch.common..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("io.denialwatch..").and(not(resideInAPackage("io.denialwatch.common.."))))
                .check(MAIN);
    }

    @Test
    void theRolesModulesAreIndependent() {
        String[] roles = {"ingest", "stream", "sink"};
        for (String role : roles) {
            for (String other : roles) {
                if (!role.equals(other)) {
                    noClasses()
                            .that()
                            .resideInAPackage("io.denialwatch." + role + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("io.denialwatch." + other + "..")
                            .check(MAIN);
                }
            }
        }
    }
}
