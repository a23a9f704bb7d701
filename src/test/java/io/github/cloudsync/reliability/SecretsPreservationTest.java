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
 * Issue 7, item 9: a configured tenant whose service principal also holds keys the profile does not own (plain, empty,
 * masked by GET, and AppKey write-only); after each scenario, in both emulator secrets modes, no such key is missing or
 * changed. An empty unowned key is never sent back, since under per-key merge {@code ""} deletes it (issue 12).
 * Known gap, reported in issue 7: in replace mode the masked and empty keys are lost by the first secrets write, since
 * GET returns them as "*" or "" and cloudsync sends neither back (docs/graph.md 6.3 leaves the real semantics [U]); so
 * is AppKey, which GET does not return and cloudsync writes only when password hash sync changes or the configuration
 * is set up (issue 12). Since issue 16 that first write fails, naming the keys it lost (all but AppKey, which no read
 * shows). For replace mode this test therefore holds only the plain unowned key to the rule, and AppKey only once
 * password hash sync changed.
 */
class SecretsPreservationTest {
    /** Keys the profile does not own, with values a test can recognise. */
    static final Map<String, String> UNOWNED = Map.of(
            "SyncAll", "false",
            "Password", "unowned-password-value",
            "ClientSecret", "unowned-client-secret-value",
            "SkipOutOfScopeDeletions", "");

    @TempDir
    Path dir;

    private EmulatedTenant tenant;
    private SecretsMode mode;
    private boolean appKeyKept;

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

        if (mode == SecretsMode.REPLACE) {
            // issue 16: the loss is no longer silent; the read after the write names every key that went
            CliRun.Result lost = tenant.apply();
            assertThat(lost.exitCode()).as(lost.out() + lost.err()).isEqualTo(1);
            assertThat(lost.err())
                    .contains("the secrets write lost ")
                    .contains("Password")
                    .contains("ClientSecret")
                    .contains("SkipOutOfScopeDeletions");
        }
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
        appKeyKept = true;

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
        assertThat(stored).as(scenario).containsKeys("Domain", "SyncNotificationSettings");
        if (mode == SecretsMode.MERGE || appKeyKept) {
            assertThat(stored).as(scenario).containsKey("AppKey");
        }
    }

    static String configuredTenantWithUnownedKeys(SecretsMode mode) throws IOException {
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
