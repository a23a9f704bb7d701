package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 7, item 8: two applies of the same profile started together against an empty tenant. Both read "none" and both
 * instantiate (Graph keeps no display name unique and cloudsync takes no lock); right after, both list the service
 * principals of that name, oldest first, so they agree which one stays: the run that made the younger twin deletes it
 * and stops with exit 1, the other carries on. The tenant ends with one service principal, one job per template and an
 * empty plan. Again with 30 s of replication lag (issue 12): a list right after the instantiate may not show it yet, so
 * each run reads the list again until it shows its own service principal before it compares.
 */
class RaceTest {
    @TempDir
    Path dir;

    private EmulatedTenant tenant;

    @AfterEach
    void stop() {
        tenant.close();
    }

    @ParameterizedTest(name = "replicationLagMs {0}")
    @ValueSource(ints = {0, EmulatedTenant.LAG_MS})
    void twoAppliesStartedTogetherEndWithOneConfigurationAndAnEmptyPlan(int lagMs) {
        tenant = EmulatedTenant.full(dir, lagMs);
        tenant.resetToEmptyTenant();
        // 20 ms a request makes both applies read the empty tenant before either creates anything
        tenant.control.addFault("{\"kind\":\"latency\",\"latencyMs\":20}");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<CliRun.Result>> runs = List.of(start(go), start(go));
        go.countDown();
        List<CliRun.Result> results = runs.stream().map(CompletableFuture::join).toList();
        tenant.control.clearFaults();

        results.stream()
                .filter(r -> r.exitCode() != 0)
                .forEach(r -> assertThat(r.err()).contains("at the same time", "deleted its own duplicate"));
        TenantSnapshot after = new TenantSnapshot(tenant.control.state());
        assertThat(after.servicePrincipals()).hasSize(1);
        after.servicePrincipals()
                .forEach(sp -> assertThat(after.jobsPerTemplate(sp))
                        .containsOnlyKeys("AAD2ADExchangeHybridWriteback", "AD2AADPasswordHash", "AD2AADProvisioning")
                        .allSatisfy((template, n) -> assertThat(n).as(template).isEqualTo(1)));

        // a later plan, once Graph has caught up with the loser's delete too
        tenant.time.sleep(Duration.ofMillis(lagMs));
        CliRun.Result plan = tenant.run("plan", "-p", tenant.profile.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
        assertThat(plan.err()).doesNotContain("service principals are named");
        tenant.control.clearRequests();
        CliRun.Result rerun = tenant.apply();
        assertThat(rerun.exitCode()).isZero();
        assertThat(tenant.control.mutatingRequestCount()).isZero();
    }

    /**
     * Issue 16: two applies onto a service principal that exists without jobs. Both read "no job of any template" and
     * both create one of each; before any job starts a run lists the jobs (until the list shows its own) and, for each
     * template, a run whose job is not the first listed deletes its own and stops with exit 1. The creations of the
     * templates run at the same time, so each run may lose one template: both may stop. One job per template stays,
     * none started twice, and the next apply completes the configuration.
     */
    @ParameterizedTest(name = "replicationLagMs {0}")
    @ValueSource(ints = {0, EmulatedTenant.LAG_MS})
    void twoAppliesOntoAnExistingServicePrincipalEndWithOneJobPerTemplate(int lagMs) {
        tenant = EmulatedTenant.full(dir, lagMs);
        tenant.resetToEmptyTenant();
        assertThat(tenant.apply().exitCode()).isZero();
        tenant.time.sleep(Duration.ofMillis(lagMs));
        ObjectNode state = (ObjectNode) tenant.control.state();
        state.path("servicePrincipals").forEach(sp -> ((ObjectNode) sp.path("synchronization")).putArray("jobs"));
        tenant.control.seedState(state.toString());
        tenant.control.settings("{\"replicationLagMs\":" + lagMs + "}");
        tenant.control.addFault("{\"kind\":\"latency\",\"latencyMs\":20}");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<CliRun.Result>> runs = List.of(start(go), start(go));
        go.countDown();
        List<CliRun.Result> results = runs.stream().map(CompletableFuture::join).toList();
        tenant.control.clearFaults();

        results.stream()
                .filter(r -> r.exitCode() != 0)
                .forEach(r ->
                        assertThat(r.err()).as(r.out() + r.err()).contains("at the same time", "its own duplicate"));
        TenantSnapshot after = new TenantSnapshot(tenant.control.state());
        assertThat(after.servicePrincipals()).hasSize(1);
        assertThat(after.jobsPerTemplate(after.servicePrincipals().get(0)))
                .containsOnlyKeys("AAD2ADExchangeHybridWriteback", "AD2AADPasswordHash", "AD2AADProvisioning")
                .allSatisfy((template, n) -> assertThat(n).as(template).isEqualTo(1));

        tenant.time.sleep(Duration.ofMillis(lagMs));
        tenant.control.clearRequests();
        CliRun.Result rerun = tenant.apply();
        assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
        assertThat(tenant.control.requests())
                .as("the next apply creates and deletes no job: at most it starts the jobs a stopped run left")
                .filteredOn(LoggedRequest::mutating)
                .allSatisfy(r -> assertThat(r.path()).endsWith("/start"));
    }

    private CompletableFuture<CliRun.Result> start(CountDownLatch go) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return tenant.apply();
        });
    }
}
