package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.EmulatorControl;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A provisioning job that answers {@code templateId: "ADDCInPassthrough"} for an {@code AD2AADProvisioning.…} id, as
 * the article's own example does (docs/graph.md section 16.11), seeded through the emulator's control plane: plan,
 * apply, drift, status and restart all recognise it by its id, and nothing makes a second provisioning job.
 */
class JobRecognitionEndToEndTest {
    static final String DOMAIN = "contoso.com";

    @TempDir
    Path dir;

    EmulatedTenant tenant;
    String p;
    String provisioningJobId;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
        Path profile = EmulatedTenant.profile(dir, "contoso.yaml", "contoso", EmulatedTenant.TENANT, DOMAIN, true);
        p = profile.toString();
        tenant.apply(profile);
        tenant.editServicePrincipal(DOMAIN, sp -> {
            ObjectNode job = EmulatedTenant.job(sp, "AD2AADProvisioning");
            provisioningJobId = job.path("id").asString();
            job.put("templateId", "ADDCInPassthrough");
        });
        tenant.control.clearRequests();
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void planAndApplyFindTheJobByItsIdAndSendNothing() {
        CliRun.Result plan = tenant.run("plan", "-p", p, "--detailed-exitcode");
        CliRun.Result apply = tenant.run("apply", "-p", p, "--auto-approve");

        assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
        assertThat(plan.out()).contains("No changes.");
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
        assertThat(tenant.control.mutatingRequestCount()).isZero();
        assertThat(tenant.servicePrincipal(DOMAIN).path("synchronization").path("jobs"))
                .hasSize(2);
    }

    @Test
    void driftSaysInSync() {
        CliRun.Result drift = tenant.run("drift", p);

        assertThat(drift.exitCode()).as(drift.out() + drift.err()).isZero();
        assertThat(drift.out()).contains("contoso (" + p + "): in sync");
    }

    @Test
    void statusShowsItAsTheProvisioningJob() {
        CliRun.Result status = tenant.run("status", "-p", p);
        CliRun.Result json = tenant.run("status", "-p", p, "--json");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("AD2AADProvisioning (" + provisioningJobId + ")");
        assertThat(json.out()).contains("\"template\" : \"AD2AADProvisioning\"");
    }

    @Test
    void restartOfTheDefaultJobRestartsThatJob() {
        CliRun.Result restart = tenant.run("restart", "-p", p, "--scope", "full", "--auto-approve");

        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        assertThat(tenant.control.requests())
                .filteredOn(EmulatorControl.LoggedRequest::mutating)
                .extracting(EmulatorControl.LoggedRequest::path)
                .singleElement()
                .asString()
                .endsWith("/jobs/" + provisioningJobId + "/restart");
    }
}
