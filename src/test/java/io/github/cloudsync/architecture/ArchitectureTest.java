package io.github.cloudsync.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.cloudsync.cli.violation.StatusThatRestarts;
import io.github.cloudsync.diff.violation.DiffThatReadsAFile;
import io.github.cloudsync.graph.violation.GraphThatImportsPlan;
import io.github.cloudsync.plan.violation.PlanThatCallsGraph;
import io.github.cloudsync.plan.violation.PlanThatReadsTheClock;
import io.github.cloudsync.profile.violation.ProfileThatPrints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production classes keep docs/architecture.md section 7's rules, and each rule really fails on a class that
 * breaks it.
 */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ArchitectureRules.ROOT);

    @Test
    void productionClassesAreImported() {
        assertThat(PRODUCTION.stream().map(c -> c.getPackageName()))
                .contains(ArchitectureRules.ROOT + ".model", ArchitectureRules.ROOT + ".cli");
    }

    @Test
    void everyPackageHasARule() {
        assertThat(PRODUCTION.stream()
                        .map(c -> c.getPackageName())
                        .filter(p -> p.startsWith(ArchitectureRules.ROOT + "."))
                        .map(p ->
                                p.substring(ArchitectureRules.ROOT.length() + 1).split("\\.")[0])
                        .distinct())
                .as("a package without a rule in ArchitectureRules")
                .allMatch(ArchitectureRules.PACKAGES::contains);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "model",
                "profile",
                "diff",
                "plan",
                "graph",
                "read",
                "apply",
                "render",
                "importer",
                "drift",
                "emulator"
            })
    void packageImportsOnlyWhatTheRuleAllows(String pkg) {
        ArchitectureRules.packageRule(pkg).check(PRODUCTION);
    }

    @Test
    void coreIsPureAndOnlyCliPrints() {
        ArchitectureRules.PURE_CORE_DOES_NO_IO.check(PRODUCTION);
        ArchitectureRules.PURE_CORE_READS_NO_CLOCK_OR_ENVIRONMENT.check(PRODUCTION);
        ArchitectureRules.ONLY_CLI_PRINTS.check(PRODUCTION);
    }

    @Test
    void readOnlyCommandsReachNoWriter() {
        assertThat(PRODUCTION.stream()
                        .filter(ReadOnlyCommands.COMMANDS)
                        .map(c -> ReadOnlyCommands.name(c).orElseThrow()))
                .containsExactlyInAnyOrderElementsOf(ReadOnlyCommands.NAMES);
        ArchitectureRules.READ_ONLY_COMMANDS_REACH_NO_WRITER.check(PRODUCTION);
    }

    @Test
    void aWriterReachedFromAReadOnlyCommandIsCaught() {
        JavaClasses bad = new ClassFileImporter().importPackages(StatusThatRestarts.class.getPackageName());
        assertThatThrownBy(() -> ArchitectureRules.READ_ONLY_COMMANDS_REACH_NO_WRITER.check(bad))
                .hasMessageContaining("the status command StatusThatRestarts reaches")
                .hasMessageContaining(
                        "graph.GraphSession in " + StatusThatRestarts.class.getPackageName() + ".JobRestarts.restart(")
                .hasMessageContaining("graph.GraphWriter in");
    }

    @Test
    void ioInDiffIsCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(DiffThatReadsAFile.class);
        assertThatThrownBy(() -> ArchitectureRules.PURE_CORE_DOES_NO_IO.check(bad))
                .hasMessageContaining("DiffThatReadsAFile")
                .hasMessageContaining("java.nio.file.Files");
    }

    @Test
    void clockAndEnvironmentInPlanAreCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(PlanThatReadsTheClock.class);
        assertThatThrownBy(() -> ArchitectureRules.PURE_CORE_READS_NO_CLOCK_OR_ENVIRONMENT.check(bad))
                .hasMessageContaining("java.time.Instant")
                .hasMessageContaining("java.lang.System");
    }

    @Test
    void graphInPlanIsCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(PlanThatCallsGraph.class);
        assertThatThrownBy(() -> ArchitectureRules.PURE_CORE_DOES_NO_IO.check(bad))
                .hasMessageContaining("GraphReader");
        assertThatThrownBy(() -> ArchitectureRules.packageRule("plan").check(bad))
                .hasMessageContaining("GraphReader");
    }

    @Test
    void printingOutsideCliIsCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(ProfileThatPrints.class);
        assertThatThrownBy(() -> ArchitectureRules.ONLY_CLI_PRINTS.check(bad))
                .hasMessageContaining("System.out")
                .hasMessageContaining("System.err");
    }

    @Test
    void importAgainstThePackageRuleIsCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(GraphThatImportsPlan.class);
        assertThatThrownBy(() -> ArchitectureRules.packageRule("graph").check(bad))
                .hasMessageContaining("io.github.cloudsync.plan.Plan");
    }
}
