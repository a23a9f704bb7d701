package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.apply.SavedPlanFile;
import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.profile.ProfileLoader;
import io.github.cloudsync.testing.CommandTranscript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16, item 2: a saved plan is not trusted. Each case edits a file {@code plan --out} wrote, as someone with
 * write access to it could (recomputing its unkeyed digest), then runs {@code apply FILE} through the CLI against the
 * emulator: an invalid profile is refused with the problems {@code validate} reports, a plan for another tenant than its
 * profile's and a field no saved plan has are refused, all before any request; the text apply shows is rendered from
 * the plan it recomputed, never the text stored in the file. Outputs equal src/test/resources/golden/saved-plan/.
 */
class SavedPlanGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/saved-plan");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    EmulatedTenant tenant;
    Path profile;
    Path saved;

    @BeforeEach
    void plan() throws IOException {
        tenant = new EmulatedTenant();
        profile = EmulatedTenant.profile(dir, "contoso.yaml", "contoso", EmulatedTenant.TENANT, "contoso.com", true);
        saved = dir.resolve("contoso.plan.json");
        CliRun.Result plan = tenant.run("plan", "-p", profile.toString(), "--out", saved.toString());
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        tenant.control.clearRequests();
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void anEditedProfileThatValidateRefusesIsRefusedWithTheSameProblemsAndNothingIsSent() throws IOException {
        String source = tree().path("profileSource").asString();
        String edited = source.replace("threshold: 50", "threshold: 0")
                .replace(
                        "recipients: [ops@contoso.com]",
                        "recipients: [ops@contoso.com, \"ops@contoso.com;x@evil.example\"]");
        assertThat(edited).isNotEqualTo(source);
        edit(plan -> {
            plan.put("profileSource", edited);
            plan.put("profileDigest", digestOfEdited(plan));
        });

        CliRun.Result apply = tenant.run("apply", saved.toString(), "--auto-approve");

        check("invalid-profile.txt", "apply contoso.plan.json --auto-approve (profile edited)", apply);
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(tenant.control.requestCount()).as("no request at all").isZero();
        Path copy = Files.writeString(dir.resolve("contoso.yaml"), edited);
        CliRun.Result validate = tenant.cli.run("validate", copy.toString());
        List<String> problems =
                validate.err().lines().filter(l -> !l.endsWith("problems")).toList();
        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
        assertThat(apply.err().lines().toList()).as("the lines validate prints").containsAll(problems);
    }

    @Test
    void aValidEditWithTheDigestRecomputedIsAStalePlan() throws IOException {
        edit(plan -> {
            String source = plan.path("profileSource").asString().replace("threshold: 50", "threshold: 60");
            plan.put("profileSource", source);
            Profile loaded = new ProfileLoader()
                    .check(
                            plan.path("profilePath").asString(),
                            source.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .orThrow();
            plan.put("profileDigest", SavedPlanFile.digest(loaded));
        });

        CliRun.Result apply = tenant.run("apply", saved.toString(), "--auto-approve");

        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("the plan itself");
        assertThat(tenant.control.mutatingRequestCount()).isZero();
    }

    @Test
    void aPlanWhoseTenantIsNotItsProfilesIsRefused() throws IOException {
        edit(plan -> plan.put("tenantId", EmulatedTenant.OTHER_TENANT));

        CliRun.Result apply = tenant.run("apply", saved.toString(), "--auto-approve", "--json");

        check("other-tenant.txt", "apply contoso.plan.json --auto-approve --json (tenantId edited)", apply);
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(apply.err()).at("/error/code").asString()).isEqualTo("saved_plan_other_tenant");
        assertThat(tenant.control.requestCount()).isZero();
    }

    @Test
    void aFieldNoSavedPlanHasIsRefusedByName() throws IOException {
        edit(plan -> plan.putObject("extraActions").put("deleteThresholdValue", 0));

        CliRun.Result apply = tenant.run("apply", saved.toString(), "--auto-approve");

        check("unknown-field.txt", "apply contoso.plan.json --auto-approve (a field added)", apply);
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("extraActions");
        assertThat(tenant.control.requestCount()).isZero();
    }

    @Test
    void applyShowsThePlanItRendersNotTheTextStoredInTheFile() throws IOException {
        edit(plan -> plan.put("planText", "Nothing to change here.\n"));

        CliRun.Result apply = tenant.run("apply", saved.toString(), "--auto-approve");

        check("stored-text-ignored.txt", "apply contoso.plan.json --auto-approve (planText edited)", apply);
        assertThat(apply.exitCode()).as(apply.err()).isZero();
        assertThat(apply.out()).doesNotContain("Nothing to change here.");
        assertThat(apply.out()).contains("Plan: ");
    }

    /** The digest of the profile with the same edits made to its loaded form, as anyone can compute it. */
    private static String digestOfEdited(ObjectNode plan) {
        Profile original = new ProfileLoader()
                .check(
                        plan.path("profilePath").asString(),
                        plan.path("profileSource")
                                .asString()
                                .replace("threshold: 0", "threshold: 50")
                                .replace(", \"ops@contoso.com;x@evil.example\"", "")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orThrow();
        ObjectNode tree = JSON.valueToTree(original);
        ((ObjectNode) tree.at("/configuration/accidentalDeletes")).put("threshold", 0);
        ((ArrayNode) tree.at("/configuration/notifications/recipients")).add("ops@contoso.com;x@evil.example");
        return SavedPlanFile.digest(JSON.treeToValue(tree, Profile.class));
    }

    private ObjectNode tree() throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(saved));
    }

    private void edit(Consumer<ObjectNode> change) throws IOException {
        ObjectNode plan = tree();
        change.accept(plan);
        Files.writeString(saved, JSON.writeValueAsString(plan));
    }

    private void check(String file, String command, CliRun.Result result) {
        CommandTranscript.check(GOLDEN.resolve(file), dir, command, result);
    }
}
