package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job settings the emulator's {@code jobLifecycle: realistic} gives a started job (its copy of the delete
 * threshold, taken from the secrets at start) read through the settings seam: the plan notices when the job's copy
 * is not the profile's threshold, through apply and until a restart makes the job read it again.
 */
class JobSettingsEndToEndTest {
    static final String DOMAIN = "contoso.com";
    static final String NOTICE = "carries the job setting QuarantineTooManyDeletesThreshold 50; the profile's"
            + " accidentalDeletes.threshold is 60";

    @TempDir
    Path dir;

    EmulatedTenant tenant;
    Path profile;
    String p;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
        tenant.control.settings("{\"jobLifecycle\":\"realistic\"}");
        profile = EmulatedTenant.profile(dir, "contoso.yaml", "contoso", EmulatedTenant.TENANT, DOMAIN, false);
        p = profile.toString();
        tenant.apply(profile);
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void aThresholdChangeIsNoticedUntilTheJobIsRestarted() throws IOException {
        CliRun.Result agreed = tenant.run("plan", "-p", p);
        assertThat(agreed.out()).as("the job took 50 at its first start").doesNotContain("QuarantineTooManyDeletes");
        assertThat(EmulatedTenant.job(tenant.servicePrincipal(DOMAIN), "AD2AADProvisioning")
                        .path("synchronizationJobSettings")
                        .toString())
                .contains("{\"name\":\"QuarantineTooManyDeletesThreshold\",\"value\":\"50\"}");

        Files.writeString(profile, Files.readString(profile).replace("threshold: 50", "threshold: 60"));
        CliRun.Result before = tenant.run("plan", "-p", p);
        assertThat(before.out())
                .contains("~ update secrets")
                .contains(NOTICE)
                .contains("apply writes 60 to SyncNotificationSettings; if the job still carries 50 afterwards");

        tenant.apply(profile);
        CliRun.Result after = tenant.run("plan", "-p", p, "--detailed-exitcode");
        assertThat(after.exitCode()).as("notices are not changes").isZero();
        assertThat(after.out())
                .contains(NOTICE)
                .contains("SyncNotificationSettings already holds 60; restart the job so it reads the threshold again:"
                        + " cloudsync restart -p " + p + " --scope quarantine\n");

        CliRun.Result restart = tenant.run("restart", "-p", p, "--scope", "quarantine", "--auto-approve");
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        CliRun.Result restarted = tenant.run("plan", "-p", p);
        assertThat(restarted.out()).doesNotContain("QuarantineTooManyDeletes").contains("No changes.");
    }
}
