package io.github.cloudsync.scenarios;

import static io.github.cloudsync.cli.CliRun.against;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.profile.ProfileLoader;
import io.github.cloudsync.testing.EmulatorControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * For random profiles and random starting tenants, end to end over HTTP: after {@code apply --auto-approve} the plan is
 * empty ({@code plan --detailed-exitcode} exits 0), exactly one service principal with the profile's display name and
 * one job per wanted template exist, and no secret the profile does not own is lost or changed.
 */
class EndToEndPropertyTest {
    private static final Set<String> OWNED =
            Set.of(SecretKey.APP_KEY.key(), SecretKey.DOMAIN.key(), SecretKey.SYNC_NOTIFICATION_SETTINGS.key());
    private static final Map<String, String> TEMPLATES = Map.of(
            "AD2AADProvisioning", "always",
            "AD2AADPasswordHash", "passwordHashSync",
            "AAD2ADExchangeHybridWriteback", "exchangeHybridWriteback",
            "AD2AADDeviceSync", "deviceSync");

    static GraphEmulator emulator;
    static EmulatorControl control;
    static String url;

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun(Map.of());

    @BeforeAll
    static void start() {
        emulator = GraphEmulator.start(0);
        url = emulator.baseUri().toString();
        control = new EmulatorControl(emulator.baseUri());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void applyConvergesAndKeepsWhatTheProfileDoesNotOwn() {
        qt().withExamples(40)
                .withShrinkCycles(20)
                .withFixedSeed(20251127L)
                .forAll(RandomTenants.profiles(), RandomTenants.tenants())
                .checkAssert(this::converges);
    }

    private void converges(String profileYaml, String stateJson) {
        Path file = write(profileYaml);
        Profile profile = ProfileLoader.load(file);
        control.seedState(stateJson);
        JsonNode before = control.state();

        // random tenants may have directory sync on and random profiles want it off: the guard is GuardsGoldenTest's
        CliRun.Result apply =
                cli.run(against(url, "apply", "-p", file.toString(), "--auto-approve", "--allow-directory-sync-off"));
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
        CliRun.Result plan = cli.run(against(url, "plan", "-p", file.toString(), "--detailed-exitcode"));
        assertThat(plan.exitCode())
                .as("plan after apply:\n" + plan.out() + plan.err())
                .isZero();

        JsonNode after = control.state();
        List<JsonNode> sps =
                TenantFacts.servicePrincipals(after, profile.configuration().displayName());
        assertThat(sps)
                .as("service principals named " + profile.configuration().displayName())
                .hasSize(1);
        String managed = sps.get(0).path("id").asString();
        for (Map.Entry<String, String> template : TEMPLATES.entrySet()) {
            boolean wanted = switch (template.getValue()) {
                case "passwordHashSync" -> profile.configuration().passwordHashSync();
                case "exchangeHybridWriteback" -> profile.configuration().exchangeHybridWriteback();
                case "deviceSync" -> profile.configuration().wantsDeviceSync();
                default -> true;
            };
            assertThat(TenantFacts.jobCount(sps.get(0), template.getKey()))
                    .as(template.getKey())
                    .isEqualTo(wanted ? 1 : 0);
        }
        Map<String, String> now = TenantFacts.secrets(after);
        TenantFacts.secrets(before).forEach((spAndKey, value) -> {
            String sp = spAndKey.substring(0, spAndKey.indexOf('/'));
            String key = spAndKey.substring(spAndKey.indexOf('/') + 1);
            if (!sp.equals(managed) || !OWNED.contains(key)) {
                assertThat(now)
                        .as("secret " + spAndKey + " not owned by the profile")
                        .containsEntry(spAndKey, value);
            }
        });
    }

    private Path write(String profileYaml) {
        try {
            Path file = dir.resolve("profile.yaml");
            Files.writeString(file, profileYaml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
