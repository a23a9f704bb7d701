package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.emulator.SecretsMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues 15 and 16: the secrets read-back runs beside the next writes (apply/StepCheck), so a step after the secrets
 * write can fail before it; the read-back still runs before apply reports, and the loss is named, not hidden behind
 * the later failure.
 */
class ChecksAfterAFailureTest {
    @TempDir
    Path dir;

    private EmulatedTenant tenant;

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void aLossIsNamedWhenALaterStepFailsFirst() throws IOException {
        tenant = new EmulatedTenant(
                EmulatorOptions.defaults().withSecretsMode(SecretsMode.REPLACE),
                dir,
                EmulatedTenant.FULL_PROFILE,
                Map.of());
        tenant.control.seedState(SecretsPreservationTest.configuredTenantWithUnownedKeys(SecretsMode.REPLACE));
        tenant.control.addFault(
                "{\"kind\":\"status\",\"status\":400,\"method\":\"POST\",\"path\":\"/discover$\",\"count\":-1}");

        CliRun.Result apply = tenant.apply();

        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isEqualTo(1);
        assertThat(apply.out())
                .as("the discover after the secrets write failed too")
                .contains("discover: FAILED");
        assertThat(apply.err())
                .contains("Error: step secrets failed: the secrets write lost ")
                .contains("Password");
        assertThat(tenant.control.requests())
                .as("the secrets were read back after their write")
                .filteredOn(r -> r.method().equals("GET") && r.path().endsWith("/secrets"))
                .hasSizeGreaterThanOrEqualTo(2);
    }
}
