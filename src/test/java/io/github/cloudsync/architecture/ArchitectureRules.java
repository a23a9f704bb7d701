package io.github.cloudsync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The package rule and purity rules of docs/architecture.md section 7, as ArchUnit rules. */
final class ArchitectureRules {
    static final String ROOT = "io.github.cloudsync";

    /** What each package may import of ours (besides itself). */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.<String>of()),
            Map.entry("files", Set.<String>of()),
            Map.entry("profile", Set.<String>of("model", "files")),
            Map.entry("diff", Set.<String>of("model")),
            Map.entry("plan", Set.<String>of("model", "diff")),
            Map.entry("graph", Set.<String>of("model", "files")),
            Map.entry("read", Set.<String>of("model", "diff", "plan", "graph")),
            Map.entry("apply", Set.<String>of("model", "files", "plan", "graph", "read")),
            Map.entry("render", Set.<String>of("model", "profile", "diff", "plan", "apply")),
            Map.entry("provision", Set.<String>of("model", "graph", "read")),
            Map.entry("importer", Set.<String>of("model", "profile", "plan")),
            Map.entry("drift", Set.<String>of("model", "profile", "plan", "graph", "read", "render")),
            Map.entry("emulator", Set.<String>of()));

    static final List<String> PACKAGES = List.of(
            "model",
            "files",
            "profile",
            "diff",
            "plan",
            "graph",
            "read",
            "apply",
            "render",
            "provision",
            "importer",
            "drift",
            "emulator",
            "cli");

    private ArchitectureRules() {}

    /** {@code pkg} depends on nothing of ours outside {@link #ALLOWED}. */
    static ArchRule packageRule(String pkg) {
        String[] forbidden = PACKAGES.stream()
                .filter(p -> !p.equals(pkg) && !ALLOWED.get(pkg).contains(p))
                .map(p -> ROOT + "." + p + "..")
                .toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(ROOT + "." + pkg + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .because(pkg + " may import only " + ALLOWED.get(pkg) + " (docs/architecture.md section 7)");
    }

    /** diff and plan do no I/O and never touch Graph. */
    static final ArchRule PURE_CORE_DOES_NO_IO = noClasses()
            .that()
            .resideInAnyPackage(ROOT + ".diff..", ROOT + ".plan..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", ROOT + ".graph..")
            .because("diff and plan are pure: every scenario is a table test");

    /** diff and plan read no clock, no environment, no system property, no randomness. */
    static final ArchRule PURE_CORE_READS_NO_CLOCK_OR_ENVIRONMENT = noClasses()
            .that()
            .resideInAnyPackage(ROOT + ".diff..", ROOT + ".plan..")
            .should()
            .dependOnClassesThat(clockOrEnvironment())
            .because("diff and plan are pure: no clock, no environment");

    private static DescribedPredicate<JavaClass> clockOrEnvironment() {
        return DescribedPredicate.describe(
                "a clock, the environment or randomness",
                c -> Set.of(
                                "java.time.Clock",
                                "java.lang.System",
                                "java.lang.ProcessBuilder",
                                "java.lang.Runtime",
                                "java.util.Random",
                                "java.security.SecureRandom",
                                "java.util.UUID",
                                "java.time.Instant",
                                "java.time.LocalDateTime",
                                "java.time.OffsetDateTime",
                                "java.time.ZonedDateTime",
                                "java.time.LocalDate")
                        .contains(c.getName()));
    }

    /** A command that only reads cannot reach a writer, neither itself nor through what it calls. */
    static final ArchRule READ_ONLY_COMMANDS_REACH_NO_WRITER = classes()
            .that(ReadOnlyCommands.COMMANDS)
            .should(ReadOnlyCommands.REACH_NO_WRITER)
            .because("plan, drift, status, validate and import only read: they get a ReadOnlyGraphSession");

    /** Only the CLI writes to the process's stdout and stderr. */
    static final ArchRule ONLY_CLI_PRINTS = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".cli..")
            .and()
            .resideInAPackage(ROOT + "..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("output goes through the CLI's streams (docs/architecture.md section 7, habit 6)");
}
