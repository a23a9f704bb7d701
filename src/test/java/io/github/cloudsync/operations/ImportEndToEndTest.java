package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.scenarios.IdPlaceholders;
import io.github.cloudsync.testing.GoldenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** import through the CLI against the emulator: the written profile plans to no changes, and nothing is dropped silently. */
class ImportEndToEndTest {
    static final String FULL = """
            apiVersion: cloudsync/v1
            kind: CloudSyncProfile
            metadata:
              name: fabrikam
            tenant:
              id: %s
            configuration:
              domain: corp.fabrikam.com
              displayName: "Fabrikam: corp (cloud sync)"
              passwordHashSync: true
              accidentalDeletes: { enabled: false, threshold: 150 }
              notifications: { enabled: true, recipients: [identity-ops@fabrikam.com, oncall@fabrikam.com] }
              state: paused
            """.formatted(EmulatedTenant.TENANT);

    @TempDir
    Path dir;

    EmulatedTenant tenant;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void anImportedProfilePlansToNoChanges() throws IOException {
        Path original = Files.writeString(dir.resolve("original.yaml"), FULL);
        tenant.apply(original);
        Path imported = dir.resolve("imported.yaml");
        tenant.control.clearRequests();

        CliRun.Result result = tenant.run(
                "import",
                "--tenant",
                EmulatedTenant.TENANT,
                "--display-name",
                "Fabrikam: corp (cloud sync)",
                "--out",
                imported.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(tenant.control.mutatingRequestCount()).isZero();
        String text = Files.readString(imported);
        assertThat(text)
                .startsWith(
                        "# yaml-language-server: $schema=https://cloudsync.github.io/schemas/profile.v1.schema.json")
                .contains("  name: fabrikam-corp-cloud-sync\n")
                .contains("  id: " + EmulatedTenant.TENANT + "\n")
                .contains("  domain: corp.fabrikam.com\n")
                .contains("  displayName: \"Fabrikam: corp (cloud sync)\"\n")
                .contains("  passwordHashSync: true\n")
                .contains("    enabled: false\n    threshold: 150\n")
                .contains("      - identity-ops@fabrikam.com\n      - oncall@fabrikam.com\n")
                .contains("  state: paused\n")
                .contains("  deviceSync: false\n")
                .endsWith("  attributeMappings:\n    mode: exact\n");
        assertThat(result.err())
                .doesNotContain("attribute mappings besides CredentialData")
                .doesNotContain("plan will show");

        CliRun.Result plan = tenant.run("plan", "-p", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
        assertThat(plan.out()).contains("No changes.");
    }

    @Test
    void whatProfileV1CannotSayIsWarnedAboutAndTheProfileStillPlansToNoChanges() throws IOException {
        Path original =
                EmulatedTenant.profile(dir, "contoso.yaml", "contoso", EmulatedTenant.TENANT, "contoso.com", false);
        tenant.apply(original);
        ObjectNode state = (ObjectNode) tenant.control.stateWithAllSchemas();
        ObjectNode sp = (ObjectNode) state.path("servicePrincipals").get(0);
        ArrayNode jobs = (ArrayNode) sp.path("synchronization").path("jobs");
        ObjectNode provisioning = EmulatedTenant.job(sp, "AD2AADProvisioning");
        ((ObjectNode) provisioning.at("/schema/synchronizationRules/0"))
                .putObject("containerFilter")
                .putArray("includedContainers")
                .add("OU=Sync,DC=contoso,DC=com");
        jobs.addObject()
                .put("id", "AAD2ADGroupProvisioning.11111111111111111111111111111111.0000")
                .put("templateId", "AAD2ADGroupProvisioning");
        tenant.control.seedState(state.toString());

        CliRun.Result result = tenant.run("import", "--tenant", EmulatedTenant.TENANT, "--display-name", "contoso.com");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err())
                .doesNotContain("containerFilter")
                .contains("template AAD2ADGroupProvisioning) is not one profile v1 describes");
        assertThat(result.out())
                .contains("  scope:\n    organizationalUnits:\n      - \"OU=Sync,DC=contoso,DC=com\"\n");
        Path imported = Files.writeString(dir.resolve("imported.yaml"), result.out());
        CliRun.Result plan = tenant.run("plan", "-p", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
        assertThat(plan.out()).contains("No changes.");
    }

    /**
     * A configuration scoped to two OUs whose mappings were changed in the portal: one added (an expression), one
     * changed to apply on creation only, one default removed on users, one removed on contacts. The import equals its
     * golden file and plans to no changes; the planner reads it in exact mode against the template's default schema.
     */
    @Test
    void customScopeAndMappingsRoundTripToAnEmptyPlan() throws IOException {
        Path original =
                EmulatedTenant.profile(dir, "contoso.yaml", "contoso", EmulatedTenant.TENANT, "contoso.com", true);
        tenant.apply(original);
        ObjectNode state = (ObjectNode) tenant.control.stateWithAllSchemas();
        ObjectNode sp = (ObjectNode) state.path("servicePrincipals").get(0);
        ObjectNode rule =
                (ObjectNode) EmulatedTenant.job(sp, "AD2AADProvisioning").at("/schema/synchronizationRules/0");
        rule.putObject("containerFilter")
                .putArray("includedContainers")
                .add("OU=Sales,DC=contoso,DC=com")
                .add("OU=Engineering,OU=Staff,DC=contoso,DC=com");
        ArrayNode users = attributeMappings(rule, "user");
        source(users, "ExtensionAttribute1", JsonMapper.shared().readTree(JOIN_DEPARTMENT_COMPANY));
        remove(users, "FacsimileTelephoneNumber");
        onCreateOnly(users, "Department");
        remove(attributeMappings(rule, "contact"), "TelephoneNumber");
        tenant.control.seedState(state.toString());

        CliRun.Result result = tenant.run("import", "--tenant", EmulatedTenant.TENANT, "--display-name", "contoso.com");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("plan will show").doesNotContain("Warning");
        GoldenFile.check(
                Path.of("src/test/resources/golden/operations/import/custom-scope-and-mappings.yaml"),
                new IdPlaceholders(tenant.url, EmulatedTenant.TENANT)
                        .normalise(result.out().replaceFirst("cloudsync \\S+ from", "cloudsync VERSION from")));
        Path imported = Files.writeString(dir.resolve("imported.yaml"), result.out());
        CliRun.Result plan = tenant.run("plan", "-p", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
        assertThat(plan.out()).contains("No changes.");
    }

    /** {@code Join(" ", [department], [company])} as Graph's parseExpression returns it. */
    static final String JOIN_DEPARTMENT_COMPANY = """
             {"expression": "Join(\\" \\", [department], [company])", "name": "Join", "type": "Function",
               "parameters": [
                 {"key": "separator", "value": {"expression": "\\" \\"", "name": " ", "type": "Constant", "parameters": []}},
                 {"key": "source", "value": {"expression": "[department]", "name": "department", "type": "Attribute",
                   "parameters": []}},
                 {"key": "source", "value": {"expression": "[company]", "name": "company", "type": "Attribute",
                   "parameters": []}}]}
            """;

    private static ArrayNode attributeMappings(ObjectNode rule, String sourceObjectName) {
        for (var mapping : rule.path("objectMappings")) {
            if (mapping.path("sourceObjectName").asString().equals(sourceObjectName)) {
                return (ArrayNode) mapping.path("attributeMappings");
            }
        }
        throw new IllegalArgumentException("no object mapping from " + sourceObjectName);
    }

    private static void remove(ArrayNode mappings, String target) {
        for (int i = 0; i < mappings.size(); i++) {
            if (mappings.get(i).path("targetAttributeName").asString().equals(target)) {
                mappings.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException("no mapping to " + target);
    }

    private static void source(ArrayNode mappings, String target, JsonNode source) {
        for (var mapping : mappings) {
            if (mapping.path("targetAttributeName").asString().equals(target)) {
                ((ObjectNode) mapping).set("source", source);
                return;
            }
        }
        throw new IllegalArgumentException("no mapping to " + target);
    }

    private static void onCreateOnly(ArrayNode mappings, String target) {
        for (var mapping : mappings) {
            if (mapping.path("targetAttributeName").asString().equals(target)) {
                ((ObjectNode) mapping).put("flowType", "ObjectAddOnly");
                return;
            }
        }
        throw new IllegalArgumentException("no mapping to " + target);
    }

    @Test
    void importRefusesWhenThereIsNoSuchConfiguration() {
        Path out = dir.resolve("nothing.yaml");

        CliRun.Result result = tenant.run(
                "import",
                "--tenant",
                EmulatedTenant.TENANT,
                "--display-name",
                "nowhere.example.com",
                "--out",
                out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("has no cloud sync configuration named \"nowhere.example.com\"");
        assertThat(out).doesNotExist();
    }
}
