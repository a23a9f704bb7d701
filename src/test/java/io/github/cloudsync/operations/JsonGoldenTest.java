package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.apply.ApplyReport;
import io.github.cloudsync.apply.StepOutcome;
import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.StepFailed;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.plan.Planner;
import io.github.cloudsync.render.ApplyJsonRenderer;
import io.github.cloudsync.render.DriftJsonRenderer;
import io.github.cloudsync.render.FailureJsonRenderer;
import io.github.cloudsync.render.FailureText;
import io.github.cloudsync.render.ImportJsonRenderer;
import io.github.cloudsync.render.JsonText;
import io.github.cloudsync.render.RestartJsonRenderer;
import io.github.cloudsync.render.StatusReport;
import io.github.cloudsync.testing.GoldenFile;
import io.github.cloudsync.testing.JsonSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON documents of every command equal their golden files under src/test/resources/golden/json/ (validate and the
 * error documents through the CLI, offline; the others from fixed reports), and every JSON golden of the project is
 * valid against its schema in schemas/.
 */
class JsonGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Path BAD = Path.of("src/test/resources/bad-profiles");

    /**
     * Golden JSON that is not a cloudsync output (emulator state, schema patches, the parsed reference expressions): no
     * schema of ours.
     */
    static final List<String> NOT_OUTPUT = List.of(
            "state.json",
            "state-after.json",
            "changed-state.json",
            "schema-changes.json",
            "schema-patch.json",
            "outside-changes.json",
            "reference-examples.json");

    /**
     * Schemas without a golden file: {@code version --json} names the commit, build time and Java runtime of each build,
     * so VersionCommandTest validates the real output against it instead.
     */
    static final List<String> CHECKED_ELSEWHERE = List.of("profile.v1.schema.json", "version.v1.schema.json");

    static Stream<Arguments> outputs() {
        Map<String, String> outputs = new TreeMap<>();
        CliRun cli = new CliRun(Map.of());
        outputs.put(
                "validate.json",
                cli.run(
                                "validate",
                                "--json",
                                "profiles/minimal.yaml",
                                BAD.resolve("many-problems.yaml").toString())
                        .out());
        outputs.put(
                "error-profile.json",
                cli.run(
                                "plan",
                                "--json",
                                "-p",
                                BAD.resolve("quoted-boolean.yaml").toString(),
                                "--auth",
                                "none")
                        .err());
        outputs.put(
                "error-usage.json",
                cli.run("drift", "--json", "--output", "json", "profiles").err());
        outputs.put("drift.jsonl", DriftJsonRenderer.lines(OperationsGoldenTest.drift()));
        outputs.put("apply-failed.json", JsonText.pretty(applyFailed()));
        outputs.put(
                "error-step-failed.json", JsonText.pretty(FailureJsonRenderer.tree(FailureText.of(stepFailed()), 1)));
        StatusReport status = OperationsGoldenTest.status();
        outputs.put(
                "allow-deletes.json",
                JsonText.pretty(RestartJsonRenderer.tree(
                        "allow-deletes",
                        "profiles/contoso.yaml",
                        OperationsGoldenTest.TENANT,
                        "ForceDeletes",
                        status.jobs().get(0),
                        true,
                        Optional.of(status.jobs().get(1)),
                        Optional.of(new RestartJsonRenderer.Thresholds(
                                status.deleteThreshold(),
                                status.deleteThreshold().orElseThrow())))));
        outputs.put(
                "import.json",
                JsonText.pretty(ImportJsonRenderer.tree(
                        OperationsGoldenTest.TENANT,
                        "global",
                        "contoso.com",
                        "apiVersion: cloudsync/v1\nkind: CloudSyncProfile\n",
                        Optional.empty(),
                        List.of("the provisioning job's schema differs from the template's default"),
                        new Plan(List.of(), List.of()))));
        return outputs.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void matchesGoldenFile(String file, String rendered) {
        GoldenFile.check(GOLDEN.resolve("json").resolve(file), rendered);
    }

    @Test
    void everyJsonGoldenIsValidAgainstItsSchema() throws IOException {
        List<Path> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!(name.endsWith(".json") || name.endsWith(".jsonl")) || NOT_OUTPUT.contains(name)) {
                    continue;
                }
                String text = document(Files.readString(file));
                if (name.endsWith(".jsonl")) {
                    assertThat(text.lines()).as(file.toString()).isNotEmpty();
                    text.lines()
                            .forEach(line -> assertThat(JsonSchemas.validate(schemaOf(file), line))
                                    .as(file + ": " + line)
                                    .isEmpty());
                } else {
                    assertThat(JsonSchemas.validate(schemaOf(file), text))
                            .as(file.toString())
                            .isEmpty();
                }
                checked.add(file);
            }
        }
        assertThat(checked.stream().map(p -> schemaOf(p)).distinct())
                .as("every schema has a golden that is checked against it")
                .containsExactlyInAnyOrderElementsOf(JsonSchemas.names().stream()
                        .filter(n -> !CHECKED_ELSEWHERE.contains(n))
                        .toList());
    }

    @Test
    void theSchemasRejectWhatTheyShould() throws IOException {
        String apply = Files.readString(GOLDEN.resolve("json/apply-failed.json"));
        assertThat(JsonSchemas.validate("apply.v1.schema.json", apply.replace("\"failed\" : 1", "\"failed\" : 2")))
                .isNotEmpty();
        String validate = Files.readString(GOLDEN.resolve("json/validate.json"));
        assertThat(JsonSchemas.validate("validate.v1.schema.json", validate.replace("\"line\" : 1,", "\"line\" : 0,")))
                .isNotEmpty();
        String error = Files.readString(GOLDEN.resolve("json/error-usage.json"));
        assertThat(JsonSchemas.validate("error.v1.schema.json", error.replace("\"usage\"", "\"Usage Error\"")))
                .isNotEmpty();
    }

    /**
     * The JSON a golden holds: its stdout. A command transcript starts with {@code $ cloudsync ...} and the exit code
     * before {@code --- stdout}; a scenario recording starts with stdout; both have {@code --- stderr} after it.
     */
    static String document(String golden) {
        int start = golden.startsWith("$ ") ? golden.indexOf("--- stdout\n") + "--- stdout\n".length() : 0;
        int end = golden.indexOf("--- stderr", start);
        return golden.substring(start, end < 0 ? golden.length() : end);
    }

    /** The schema a golden file's output is described by, from its name. */
    static String schemaOf(Path golden) {
        String name = golden.getFileName().toString();
        if (name.endsWith(".jsonl")) {
            return "drift-line.v1.schema.json";
        }
        for (String kind : List.of("plan", "status", "validate", "apply", "error", "import", "provision")) {
            if (name.startsWith(kind)) {
                return kind + ".v1.schema.json";
            }
        }
        if (golden.getParent().getFileName().toString().equals("provision")) {
            return "provision.v1.schema.json";
        }
        if (name.equals("report.json") || name.startsWith("drift")) {
            return "drift.v1.schema.json";
        }
        if (name.startsWith("restart") || name.startsWith("allow-deletes")) {
            return "restart.v1.schema.json";
        }
        throw new AssertionError(golden + ": no schema for this golden; add its schema, or list it in NOT_OUTPUT");
    }

    private static StepFailed stepFailed() {
        return new StepFailed(
                "secrets",
                new GraphException(
                        GraphException.Kind.ERROR_ANSWER,
                        500,
                        "InternalServerError",
                        "PUT /servicePrincipals/2222/synchronization/secrets failed: 500 InternalServerError",
                        "0f6c9d1e-1111-4222-8333-944455556666",
                        "7a7b7c7d-aaaa-4bbb-8ccc-ddddeeeeffff",
                        new GraphException.Call(
                                "Synchronization.ReadWrite.All", true, false, "https://graph.microsoft.com"),
                        null));
    }

    /** The empty tenant's plan: the steps before the secrets write done, it failed with a 500, the rest skipped. */
    private static tools.jackson.databind.node.ObjectNode applyFailed() {
        Plan plan = Planner.plan(
                OperationsGoldenTest.profile(),
                LiveState.empty(new Organization(OperationsGoldenTest.TENANT, true)),
                "profiles/fabrikam.yaml");
        List<StepOutcome> steps = new ArrayList<>();
        boolean failed = false;
        for (Action action : plan.actions()) {
            if (failed) {
                steps.add(new StepOutcome(action, StepOutcome.Status.SKIPPED, "an earlier step failed"));
            } else if (action.address().equals(Action.SECRETS)) {
                steps.add(
                        StepOutcome.failed(action, (GraphException) stepFailed().getCause()));
                failed = true;
            } else {
                steps.add(new StepOutcome(action, StepOutcome.Status.DONE, "done"));
            }
        }
        return ApplyJsonRenderer.tree(
                "profiles/fabrikam.yaml",
                OperationsGoldenTest.TENANT,
                ApplyJsonRenderer.Result.FAILED,
                plan,
                Optional.of(new ApplyReport(steps)),
                Optional.empty());
    }
}
