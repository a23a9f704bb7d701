package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: {@code cloudsync apply} of profiles/full.yaml to an empty tenant through the CLI, against the emulator with
 * 30 s of replication lag, on a virtual clock the CLI and the emulator share. The first apply succeeds and converges,
 * the stale replica's answers (404 right after a create, stale lists, old secrets) are waited out rather than answered
 * with a second service principal or job, and every call goes to v1.0.
 */
class FullProfileUnderLagTest {
    private static final String FABRIKAM = "6f1c3a2e-8b4d-4e7a-9c51-2d0f7b3e8a14";

    @TempDir
    Path dir;

    private EmulatedTenant tenant;

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void theFirstApplyOfTheFullProfileSucceedsWithThirtySecondsOfLag() throws IOException {
        Path full = Path.of("profiles/full.yaml");
        tenant = new EmulatedTenant(
                EmulatorOptions.defaults(), dir, Files.readString(full), Map.of(), EmulatedTenant.LAG_MS);
        tenant.control.seedState(emptyTenant(FABRIKAM));
        tenant.control.settings("{\"exchangeSchema\":true,\"replicationLagMs\":" + EmulatedTenant.LAG_MS + "}");
        tenant.control.clearRequests();
        Instant start = tenant.time.instant();

        CliRun.Result apply = tenant.run("apply", "-p", full.toString(), "--auto-approve");

        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
        assertThat(apply.out()).contains("Apply complete!").doesNotContain("FAILED");
        List<LoggedRequest> log = tenant.control.requests();
        assertThat(log).as("the stale replica answered some requests 404").anyMatch(r -> r.status() == 404);
        assertThat(log).allSatisfy(r -> assertThat(r.path()).startsWith("/v1.0/"));
        assertThat(Duration.between(start, tenant.time.instant()))
                .as("virtual time spent waiting for Graph to catch up")
                .isPositive()
                .isLessThan(Duration.ofMillis(EmulatedTenant.LAG_MS * 2L));
        int instantiate = indexOf(log, "POST", "/instantiate");
        int firstStart = indexOf(log, "POST", "/start");
        // the race rule's list runs beside the next writes, before any job starts (apply/StepCheck); whether the stale
        // replica answers it first depends on the order of the requests sent with it, so it is not counted here
        assertThat(log.subList(instantiate + 1, firstStart))
                .as("the race rule's list after the instantiate, before any job starts")
                .filteredOn(r -> r.path().startsWith("/v1.0/servicePrincipals?$filter="))
                .isNotEmpty();
        TenantSnapshot after = new TenantSnapshot(tenant.control.state());
        assertThat(after.servicePrincipals()).hasSize(1);
        assertThat(after.jobsPerTemplate(after.servicePrincipals().get(0)))
                .containsOnlyKeys("AAD2ADExchangeHybridWriteback", "AD2AADPasswordHash", "AD2AADProvisioning")
                .allSatisfy((template, n) -> assertThat(n).as(template).isEqualTo(1));
        assertThat(after.secrets()).containsOnlyKeys("AppKey", "Domain", "SyncNotificationSettings");

        tenant.time.sleep(Duration.ofMillis(EmulatedTenant.LAG_MS));
        CliRun.Result plan = tenant.run("plan", "-p", full.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
    }

    private static int indexOf(List<LoggedRequest> log, String method, String pathEnd) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).method().equals(method) && log.get(i).path().endsWith(pathEnd)) {
                return i;
            }
        }
        throw new AssertionError("no " + method + " ..." + pathEnd + " in " + log);
    }

    private static String emptyTenant(String tenantId) {
        return """
                {"organization": {"id": "%s", "displayName": "Fabrikam", "onPremisesSyncEnabled": false},
                 "servicePrincipals": []}
                """.formatted(tenantId);
    }
}
