package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.apply.ApplyReport;
import io.github.cloudsync.apply.StepListener;
import io.github.cloudsync.apply.StepOutcome;
import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.plan.Action.DiscoverDirectory;
import io.github.cloudsync.testing.EmulatorControl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 6: an empty-tenant apply of the full profile, with the request that does the k-th step failing, for
 * every step and three fault kinds; and all of it again with 30 s of replication lag (issue 12), where a step's request
 * may first be answered 404 by the stale replica and sent again. A 500 (never retried) goes through the CLI, which must
 * exit 1 naming the step; "commit, then drop the connection" and "close before serving" (the emulator's reset fault)
 * go through the apply package. Everything runs on the tenant's virtual clock. Either way a second apply must converge
 * to exactly the state of an undisturbed run, with one service principal, one job per template and every secret.
 */
class FailureAtEveryStepTest {
    @TempDir
    Path dir;

    private EmulatedTenant tenant;

    @AfterEach
    void stop() {
        if (tenant != null) {
            tenant.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> theKthStepsRequestFailsThenASecondApplyConverges() throws InterruptedException {
        return everyStep(0);
    }

    @TestFactory
    Stream<DynamicTest> withReplicationLagTheKthStepsRequestFailsThenASecondApplyConverges()
            throws InterruptedException {
        return everyStep(EmulatedTenant.LAG_MS);
    }

    private Stream<DynamicTest> everyStep(int lagMs) throws InterruptedException {
        tenant = EmulatedTenant.full(dir, lagMs);
        tenant.resetToEmptyTenant();
        ApplyReport undisturbed = tenant.applyInProcess(StepListener.SILENT);
        assertThat(undisturbed.succeeded()).isTrue();
        List<String> steps =
                undisturbed.steps().stream().map(s -> s.action().address()).toList();
        assertThat(steps).as("steps of an empty-tenant apply").hasSize(11);
        // every step commits exactly one mutating request, in step order; with lag the stale replica may answer one 404
        // first (nothing committed), so the k-th step's request is the k-th committed one. A status or reset fault
        // counts
        // every mutating request it sees; a drop fault only those served, so for it the k-th step's is the k-th.
        List<Integer> committed = committedMutatingRequests(steps.size());
        assertThat(committed)
                .as("committed mutating requests of an undisturbed apply")
                .hasSize(steps.size());
        if (lagMs > 0) {
            assertThat(committed.get(committed.size() - 1))
                    .as("with lag some were answered 404 first")
                    .isGreaterThan(steps.size());
        }
        String expected = new TenantSnapshot(tenant.control.state()).normalised();
        List<DynamicTest> tests = new ArrayList<>();
        for (String kind : List.of("status500", "drop", "reset")) {
            for (int i = 0; i < steps.size(); i++) {
                int nth = kind.equals("drop") ? i + 1 : committed.get(i);
                String step = steps.get(i);
                tests.add(DynamicTest.dynamicTest(
                        kind + " on mutating request " + nth + " (" + step + ")",
                        () -> failOnce(kind, nth, step, expected)));
            }
        }
        return tests.stream();
    }

    private void failOnce(String kind, int nth, String step, String expectedState) throws InterruptedException {
        tenant.resetToEmptyTenant();
        String rule = switch (kind) {
            case "status500" -> "{\"kind\":\"status\",\"status\":500";
            default -> "{\"kind\":\"" + kind + "\"";
        };
        tenant.control.addFault(rule + ",\"method\":\"!GET\",\"skip\":" + (nth - 1) + ",\"count\":1}");
        if (kind.equals("status500") && step.equals(DiscoverDirectory.ADDRESS)) {
            // right after the secrets write, a discover 500 is retried within the consistency deadline
            CliRun.Result first = tenant.apply();
            assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
            assertThat(tenant.control.requests())
                    .filteredOn(r -> r.path().endsWith("/discover"))
                    .extracting(EmulatorControl.LoggedRequest::status)
                    .contains(500)
                    .endsWith(200);
        } else if (kind.equals("status500")) {
            CliRun.Result first = tenant.apply();
            assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(1);
            assertThat(first.err()).contains("step " + step + " failed");
            assertThat(first.out()).contains("FAILED");
        } else {
            ApplyReport first = tenant.applyInProcess(StepListener.SILENT);
            if (!first.succeeded()) {
                StepOutcome failed = first.steps().stream()
                        .filter(s -> s.status() == StepOutcome.Status.FAILED)
                        .findFirst()
                        .orElseThrow();
                assertThat(failed.action().address()).isEqualTo(step);
            }
        }
        assertThat(faultFired(kind)).as("the injected fault was used").isTrue();
        assertAtMostOneOfEach(new TenantSnapshot(tenant.control.state()));
        tenant.control.clearFaults();
        // the second apply is another run, once Graph has caught up: it knows nothing of the first run's writes
        tenant.time.sleep(Duration.ofMillis(tenant.lagMs()));

        CliRun.Result second = tenant.apply();
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        TenantSnapshot after = new TenantSnapshot(tenant.control.state());
        assertThat(after.servicePrincipals()).hasSize(1);
        assertThat(after.jobsPerTemplate(after.servicePrincipals().get(0)))
                .containsOnlyKeys("AAD2ADExchangeHybridWriteback", "AD2AADPasswordHash", "AD2AADProvisioning")
                .allSatisfy((t, n) -> assertThat(n).as(t).isEqualTo(1));
        assertThat(after.secrets()).containsOnlyKeys("AppKey", "Domain", "SyncNotificationSettings");
        assertThat(after.normalised()).isEqualTo(expectedState);
        tenant.time.sleep(Duration.ofMillis(tenant.lagMs()));
        assertThat(tenant.planInProcess().empty()).isTrue();
    }

    /**
     * The 1-based positions, among the logged mutating requests, of those answered 2xx, once the log holds {@code atLeast}
     * of them (it is written just after each answer).
     */
    private List<Integer> committedMutatingRequests(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<Integer> committed = committed();
        while (committed.size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
            committed = committed();
        }
        return committed;
    }

    private List<Integer> committed() {
        List<EmulatorControl.LoggedRequest> mutating = tenant.control.requests().stream()
                .filter(EmulatorControl.LoggedRequest::mutating)
                .toList();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < mutating.size(); i++) {
            if (mutating.get(i).status() / 100 == 2) {
                positions.add(i + 1);
            }
        }
        return positions;
    }

    /** Whether the log shows the injected answer (polled: the log is written just after the answer). */
    private boolean faultFired(String kind) throws InterruptedException {
        int status = kind.equals("status500") ? 500 : 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (tenant.control.requests().stream()
                    .filter(EmulatorControl.LoggedRequest::mutating)
                    .anyMatch(r -> r.status() == status)) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static void assertAtMostOneOfEach(TenantSnapshot snapshot) {
        assertThat(snapshot.servicePrincipals()).hasSizeLessThanOrEqualTo(1);
        snapshot.servicePrincipals()
                .forEach(sp -> assertThat(snapshot.jobsPerTemplate(sp).values())
                        .allSatisfy(n -> assertThat(n).isEqualTo(1)));
    }
}
