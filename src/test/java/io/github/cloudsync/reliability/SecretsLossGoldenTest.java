package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.emulator.SecretsMode;
import io.github.cloudsync.testing.CommandTranscript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16, item 1: under whole-set secrets semantics (emulator {@code secretsMode: replace}) a secrets write drops the
 * provisioning agent's masked {@code Password} and {@code SecretToken}, which no client can send back. Nothing may be
 * lost silently: apply fails naming both keys and what to do, and afterwards plan shows a notice and drift an error,
 * since the service account's {@code UserName} is there without its {@code Password}. Through the CLI against the
 * emulator; outputs equal src/test/resources/golden/secrets-lost/.
 */
class SecretsLossGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/secrets-lost");

    @TempDir
    Path dir;

    private EmulatedTenant tenant;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant(
                EmulatorOptions.defaults().withSecretsMode(SecretsMode.REPLACE),
                dir,
                EmulatedTenant.FULL_PROFILE,
                Map.of());
        tenant.control.seedState(configuredTenantWithAgentKeys());
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void aSecretsWriteThatLosesMaskedKeysFailsNamingThemAndPlanAndDriftDoNotStayClean() {
        CliRun.Result apply = tenant.apply();
        check("apply.txt", "apply -p contoso.yaml --auto-approve (secretsMode replace)", apply);
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("lost Password, SecretToken").contains("configuration wizard");
        Map<String, String> stored = new TenantSnapshot(tenant.control.state()).secrets();
        assertThat(stored).as("the loss is real: the emulator replaced the set").doesNotContainKeys("Password");

        CliRun.Result plan = tenant.run("plan", "-p", tenant.profile.toString());
        check("plan.txt", "plan -p contoso.yaml (after the loss)", plan);
        assertThat(plan.out()).contains("Password is missing");

        CliRun.Result drift = tenant.run("drift", tenant.profile.toString());
        check("drift.txt", "drift contoso.yaml (after the loss)", drift);
        assertThat(drift.exitCode()).isEqualTo(1);
        assertThat(drift.out() + drift.err()).contains("Password");
    }

    private String configuredTenantWithAgentKeys() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = getClass().getResourceAsStream("/emulator/configured-tenant.json")) {
            ObjectNode state = (ObjectNode) json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            ((ObjectNode) state.get("emulator")).put("secretsMode", SecretsMode.REPLACE.wireName());
            ArrayNode secrets = (ArrayNode) state.at("/servicePrincipals/0/synchronization/secrets");
            secrets.addObject()
                    .put("key", "UserName")
                    .put("value", "ADToAADSyncServiceAccount@contoso.onmicrosoft.com");
            secrets.addObject().put("key", "Password").put("value", "agent-password-value");
            secrets.addObject().put("key", "SecretToken").put("value", "agent-secret-token-value");
            return json.writeValueAsString(state);
        }
    }

    private void check(String file, String command, CliRun.Result result) {
        assertThat(CommandTranscript.text(command, result))
                .doesNotContain("agent-password-value")
                .doesNotContain("agent-secret-token-value");
        CommandTranscript.check(GOLDEN.resolve(file), dir, command, result);
    }
}
