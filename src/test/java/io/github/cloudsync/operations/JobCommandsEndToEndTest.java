package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** status, allow-deletes and restart through the CLI against the emulator, after an apply. */
class JobCommandsEndToEndTest {
    static final String DOMAIN = "contoso.com";

    @TempDir
    Path dir;

    EmulatedTenant tenant;
    Path profile;
    String p;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
        profile = EmulatedTenant.profile(dir, "contoso.yaml", "contoso", EmulatedTenant.TENANT, DOMAIN, true);
        p = profile.toString();
        tenant.apply(profile);
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void statusShowsEveryJobWithScheduleInMinutesAndStatus() {
        CliRun.Result status = tenant.run("status", "-p", p);

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out())
                .contains("contoso: service principal \"contoso.com\"")
                .contains("Delete threshold: 50 ")
                .contains("AD2AADProvisioning (AD2AADProvisioning.")
                .contains("AD2AADPasswordHash (AD2AADPasswordHash.")
                .contains("schedule:        Active, every 40 minutes")
                .contains("status:          Active")
                .contains("last execution:  none")
                .contains("steady state:    last reached never")
                .doesNotContain("allow-deletes");
    }

    @Test
    void statusHighlightsTooManyDeletesWithTheExactNextCommand() {
        quarantineProvisioning(600);

        CliRun.Result status = tenant.run("status", "-p", p);
        CliRun.Result json = tenant.run("status", "-p", p, "--json");

        assertThat(status.exitCode()).as(status.err()).isEqualTo(3);
        assertThat(json.exitCode()).as(json.err()).isEqualTo(3);
        assertThat(status.out())
                .contains("status:          Quarantine")
                .contains("quarantine:      TooManyDeletes since 20")
                .contains("next attempt 20")
                .contains("error:           TooManyDeletes: The job would delete 600 objects")
                .contains("! AD2AADProvisioning is holding back deletes")
                .contains("\n    cloudsync allow-deletes -p " + p + " --job AD2AADProvisioning\n");
        JsonNode provisioning = JsonMapper.shared().readTree(json.out()).at("/jobs/0");
        assertThat(provisioning.path("template").asString()).isEqualTo("AD2AADProvisioning");
        assertThat(provisioning.at("/schedule/interval_minutes").asInt()).isEqualTo(40);
        assertThat(provisioning.at("/quarantine/reason").asString()).isEqualTo("TooManyDeletes");
        assertThat(provisioning.path("next_command").asString())
                .isEqualTo("cloudsync allow-deletes -p " + p + " --job AD2AADProvisioning");
    }

    @Test
    void allowDeletesShowsTheThresholdAsksAndRestartsWithForceDeletes() {
        quarantineProvisioning(600);
        tenant.control.clearRequests();

        CliRun.Result allow = tenant.runInteractive("yes\n", "allow-deletes", "-p", p);

        assertThat(allow.exitCode()).as(allow.out() + allow.err()).isZero();
        assertThat(allow.out())
                .contains("quarantine:      TooManyDeletes")
                .contains("Delete threshold in Graph: 50 ")
                .contains("Delete threshold in the profile: 50 ")
                .contains("Only 'yes' will be accepted")
                .contains("Restarted AD2AADProvisioning")
                .contains("status:          Active");
        assertThat(tenant.control.requestCount("POST", "/jobs/AD2AADProvisioning[^/]*/restart$"))
                .isEqualTo(1);
        assertThat(tenant.control.mutatingRequestCount()).isEqualTo(1);
        JsonNode job = EmulatedTenant.job(tenant.servicePrincipal(DOMAIN), "AD2AADProvisioning");
        assertThat(job.at("/status/code").asString()).isEqualTo("Active");
        assertThat(job.at("/emulator/pendingDeletes").asLong()).isZero();
    }

    @Test
    void allowDeletesWithoutATerminalNeedsAutoApproveAndAnythingButYesCancels() {
        quarantineProvisioning(600);
        tenant.control.clearRequests();

        CliRun.Result batch = tenant.run("allow-deletes", "-p", p);
        CliRun.Result no = tenant.runInteractive("no\n", "allow-deletes", "-p", p);

        assertThat(batch.exitCode()).isEqualTo(64);
        assertThat(batch.err()).contains("--auto-approve");
        assertThat(no.exitCode()).isEqualTo(1);
        assertThat(no.out()).contains("allow-deletes cancelled; nothing was changed.");
        assertThat(tenant.control.mutatingRequestCount()).isZero();

        CliRun.Result approved = tenant.run("allow-deletes", "-p", p, "--auto-approve");
        assertThat(approved.exitCode()).as(approved.out() + approved.err()).isZero();
        assertThat(tenant.control.requestCount("POST", "/restart$")).isEqualTo(1);
    }

    @Test
    void allowDeletesRefusesAJobThatHoldsNoDeletes() {
        tenant.control.clearRequests();

        CliRun.Result active = tenant.run("allow-deletes", "-p", p, "--auto-approve");

        assertThat(active.exitCode()).isEqualTo(1);
        assertThat(active.err()).contains("is not quarantined (status Active)", "nothing to allow");

        tenant.editServicePrincipal(DOMAIN, sp -> {
            var status = EmulatedTenant.job(sp, "AD2AADProvisioning").putObject("status");
            status.put("code", "Quarantine");
            status.putObject("quarantine")
                    .put("reason", "EncounteredQuarantineException")
                    .put("currentBegan", "2026-11-26T10:00:00Z")
                    .put("nextAttempt", "2026-11-26T10:40:00Z");
        });
        CliRun.Result other = tenant.run("allow-deletes", "-p", p, "--auto-approve");

        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err())
                .contains("quarantined for EncounteredQuarantineException, not TooManyDeletes")
                .contains("cloudsync restart -p " + p + " --scope quarantine");
        assertThat(tenant.control.mutatingRequestCount()).isZero();

        CliRun.Result noJob = tenant.run("allow-deletes", "-p", p, "--job", "AAD2ADExchangeHybridWriteback");
        assertThat(noJob.exitCode()).isEqualTo(1);
        assertThat(noJob.err()).contains("has no AAD2ADExchangeHybridWriteback job");
    }

    @Test
    void restartSendsFullOrQuarantineStateAfterConfirmation() {
        tenant.control.quarantine("{\"servicePrincipalId\":\"" + spId() + "\",\"jobId\":\""
                + jobId("AD2AADPasswordHash") + "\",\"reason\":\"EncounteredQuarantineException\"}");
        tenant.control.clearRequests();

        CliRun.Result quarantine = tenant.run(
                "restart", "-p", p, "--scope", "quarantine", "--job", "AD2AADPasswordHash", "--auto-approve");
        CliRun.Result full = tenant.runInteractive("yes\n", "restart", "-p", p, "--scope", "full");
        CliRun.Result badScope = tenant.run("restart", "-p", p, "--scope", "everything", "--auto-approve");

        assertThat(quarantine.exitCode())
                .as(quarantine.out() + quarantine.err())
                .isZero();
        assertThat(quarantine.out()).contains("resetScope QuarantineState", "Restarted AD2AADPasswordHash");
        assertThat(full.exitCode()).as(full.out() + full.err()).isZero();
        assertThat(full.out())
                .contains("resetScope Full", "Only 'yes' will be accepted", "Restarted AD2AADProvisioning");
        assertThat(badScope.exitCode()).isEqualTo(64);
        assertThat(tenant.control.requestCount("POST", "/jobs/AD2AADPasswordHash[^/]*/restart$"))
                .isEqualTo(1);
        assertThat(tenant.control.requestCount("POST", "/jobs/AD2AADProvisioning[^/]*/restart$"))
                .isEqualTo(1);
        assertThat(tenant.control.mutatingRequestCount()).isEqualTo(2);
        assertThat(EmulatedTenant.job(tenant.servicePrincipal(DOMAIN), "AD2AADPasswordHash")
                        .at("/status/code")
                        .asString())
                .isEqualTo("Active");
    }

    @Test
    void restartScopeQuarantineRefusesHeldDeletesAndPointsToAllowDeletes() {
        quarantineProvisioning(600);
        tenant.control.clearRequests();

        CliRun.Result restart = tenant.run("restart", "-p", p, "--scope", "quarantine", "--auto-approve");

        assertThat(restart.exitCode()).isEqualTo(1);
        assertThat(restart.err())
                .contains("is quarantined for TooManyDeletes", "does not release them")
                .contains("what to do: review the pending deletes, then run: cloudsync allow-deletes -p " + p
                        + " --job AD2AADProvisioning");
        assertThat(tenant.control.mutatingRequestCount()).isZero();
    }

    @Test
    void allowDeletesRecognisesTheDocumentedQuarantineShapeByItsErrorCode() {
        tenant.control.quarantine(
                "{\"servicePrincipalId\":\"" + spId() + "\",\"jobId\":\"" + jobId("AD2AADProvisioning")
                        + "\",\"reason\":\"\",\"errorCode\":\"TooManyDeletes\",\"emptyDates\":true}");
        tenant.control.clearRequests();

        CliRun.Result allow = tenant.run("allow-deletes", "-p", p, "--auto-approve");

        assertThat(allow.exitCode()).as(allow.out() + allow.err()).isZero();
        assertThat(tenant.control.requestCount("POST", "/jobs/AD2AADProvisioning[^/]*/restart$"))
                .isEqualTo(1);
        assertThat(EmulatedTenant.job(tenant.servicePrincipal(DOMAIN), "AD2AADProvisioning")
                        .at("/status/code")
                        .asString())
                .isEqualTo("Active");
    }

    private void quarantineProvisioning(long pendingDeletes) {
        tenant.control.quarantine(spId(), jobId("AD2AADProvisioning"), pendingDeletes);
    }

    private String spId() {
        return tenant.servicePrincipal(DOMAIN).path("id").asString();
    }

    private String jobId(String template) {
        return EmulatedTenant.job(tenant.servicePrincipal(DOMAIN), template)
                .path("id")
                .asString();
    }
}
