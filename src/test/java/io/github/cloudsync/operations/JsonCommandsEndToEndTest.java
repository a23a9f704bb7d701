package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.JsonSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command's --json through the CLI against the emulator: stdout holds exactly one document valid against its
 * schema (or, for --json-lines, one valid document per line), and a failure is the JSON error document on stderr.
 */
class JsonCommandsEndToEndTest {
    @TempDir
    Path dir;

    EmulatedTenant tenant;
    Path profile;
    String p;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
        profile = EmulatedTenant.profile(dir, "contoso.yaml", "contoso", EmulatedTenant.TENANT, "contoso.com", true);
        p = profile.toString();
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void applyWritesOneReportWithAStepEachThenNoChanges() {
        CliRun.Result apply = tenant.run("apply", "-p", p, "--auto-approve", "--json");
        CliRun.Result again = tenant.run("apply", "-p", p, "--auto-approve", "--json");

        assertThat(apply.exitCode()).as(apply.err()).isZero();
        JsonNode report = document("apply.v1.schema.json", apply.out());
        assertThat(report.path("result").asString()).isEqualTo("applied");
        assertThat(report.path("steps").size())
                .isEqualTo(report.at("/plan/actions").size())
                .isPositive();
        assertThat(report.path("steps").valueStream().map(s -> s.path("status").asString()))
                .containsOnly("done");
        assertThat(apply.out()).doesNotContain("Apply complete").doesNotContain("[1/");
        assertThat(document("apply.v1.schema.json", again.out()).path("result").asString())
                .isEqualTo("no_changes");
    }

    @Test
    void aServerErrorOnAWriteNamesItsRequestIdInTextAndInTheErrorDocument() {
        tenant.control.addFault(
                "{\"kind\":\"status\",\"status\":500,\"method\":\"PUT\",\"path\":\"/synchronization/secrets$\",\"count\":2}");

        CliRun.Result text = tenant.run("apply", "-p", p, "--auto-approve");
        CliRun.Result json = tenant.run("apply", "-p", p, "--auto-approve", "--json");

        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.err()).containsPattern("request-id: [0-9a-f-]{36}  client-request-id: [0-9a-f-]{36}");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(document("apply.v1.schema.json", json.out()).path("result").asString())
                .isEqualTo("failed");
        JsonNode error = document("error.v1.schema.json", json.err());
        assertThat(error.at("/error/code").asString()).isEqualTo("step_failed");
        assertThat(error.at("/error/details/0").asString()).startsWith("request-id: ");
    }

    @Test
    void statusImportRestartAndAllowDeletesWriteTheirDocuments() {
        tenant.apply(profile);
        Path imported = dir.resolve("imported.yaml");

        CliRun.Result status = tenant.run("status", "-p", p, "--json-lines");
        CliRun.Result restart = tenant.run("restart", "-p", p, "--scope", "full", "--auto-approve", "--json");
        CliRun.Result held = tenant.run("allow-deletes", "-p", p, "--auto-approve", "--json");
        CliRun.Result importing = tenant.run(
                "import",
                "--tenant",
                EmulatedTenant.TENANT,
                "--display-name",
                "contoso.com",
                "--out",
                imported.toString(),
                "--json");

        assertThat(status.out().lines()).hasSize(1);
        document("status.v1.schema.json", status.out());
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        JsonNode restarted = document("restart.v1.schema.json", restart.out());
        assertThat(restarted.path("result").asString()).isEqualTo("restarted");
        assertThat(restarted.path("reset_scope").asString()).isEqualTo("Full");
        assertThat(restart.err()).contains("Restarted AD2AADProvisioning");
        assertThat(held.exitCode()).isEqualTo(1);
        assertThat(document("error.v1.schema.json", held.err())
                        .at("/error/code")
                        .asString())
                .isEqualTo("deletes_not_held");
        assertThat(importing.exitCode()).as(importing.err()).isZero();
        JsonNode result = document("import.v1.schema.json", importing.out());
        assertThat(result.path("written_to").asString()).isEqualTo(imported.toString());
        assertThat(result.path("profile").asString()).startsWith("# ").contains("domain: contoso.com");
    }

    @Test
    void planJsonWithOutKeepsStdoutForTheDocumentAndApplyRefusesThePrintedPlan() throws IOException {
        Path saved = dir.resolve("plan.json");
        Path printed = dir.resolve("printed.json");

        CliRun.Result plan = tenant.run("plan", "-p", p, "--json", "--out", saved.toString());
        Files.writeString(printed, plan.out());
        CliRun.Result apply = tenant.run("apply", printed.toString());
        CliRun.Result applyJson = tenant.run("apply", printed.toString(), "--json");

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        document("plan.v1.schema.json", plan.out());
        assertThat(plan.err()).contains("Saved the plan to: " + saved);
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err())
                .contains(printed + " is the output of `cloudsync plan --json`, not a saved plan")
                .contains("cloudsync plan -p PROFILE --out FILE");
        assertThat(document("error.v1.schema.json", applyJson.err())
                        .at("/error/code")
                        .asString())
                .isEqualTo("not_a_saved_plan");
    }

    @Test
    void driftJsonLinesWritesAValidLinePerProfileThenTheSummary() throws IOException {
        tenant.apply(profile);
        EmulatedTenant.profile(dir, "fabrikam.yaml", "fabrikam", EmulatedTenant.TENANT, "fabrikam.com", false);

        CliRun.Result drift = tenant.run("drift", dir.toString(), "--json-lines");

        assertThat(drift.exitCode()).isEqualTo(2);
        List<String> lines = drift.out().lines().toList();
        assertThat(lines).hasSize(3);
        lines.forEach(line -> assertThat(JsonSchemas.validate("drift-line.v1.schema.json", line))
                .as(line)
                .isEmpty());
        assertThat(lines.get(0)).contains("\"file\":\"" + profile + "\"").contains("\"result\":\"in_sync\"");
        assertThat(lines.get(2)).startsWith("{\"format_version\":\"1.2\",\"type\":\"summary\",\"result\":\"drifted\"");
    }

    @Test
    void aUsageErrorUnderJsonIsTheErrorDocument() throws IOException {
        CliRun.Result folder = tenant.run("plan", "-p", "profiles", "--json");
        CliRun.Result unknown = tenant.run("status", "-p", p, "--json-lines", "--no-such-option");

        assertThat(folder.exitCode()).isEqualTo(64);
        assertThat(folder.out()).isEmpty();
        JsonNode error = document("error.v1.schema.json", folder.err());
        assertThat(error.at("/error/message").asString())
                .isEqualTo("profiles is a folder of " + profilesIn(Path.of("profiles"))
                        + " profiles; plan -p takes one profile file");
        assertThat(unknown.exitCode()).isEqualTo(64);
        assertThat(unknown.err().lines()).hasSize(1);
        assertThat(document("error.v1.schema.json", unknown.err())
                        .path("exit_code")
                        .asInt())
                .isEqualTo(64);
    }

    /** The one document of {@code text}, checked against {@code schema}. */
    private static JsonNode document(String schema, String text) {
        assertThat(JsonSchemas.validate(schema, text)).as(text).isEmpty();
        return JsonMapper.shared().readTree(text);
    }

    private static long profilesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .count();
        }
    }
}
