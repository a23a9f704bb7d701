package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.apply.ApplyReport;
import io.github.cloudsync.apply.StepListener;
import io.github.cloudsync.apply.StepOutcome;
import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.EmulatorControl;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 6: an empty-tenant apply of the full profile, with exactly the k-th mutating request failing, for every
 * k and three fault kinds. A 500 (never retried) goes through the CLI, which must exit 1 naming the step; "commit, then
 * drop the connection" and "close before serving" (the emulator's reset fault) go through the apply package with a
 * sleeper that records waits instead of spending them, since the CLI cannot take one. Either way a second apply must
 * converge to exactly the state of an undisturbed run, with one service principal, one job per template and every
 * secret.
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
    Stream<DynamicTest> theKthMutatingRequestFailsThenASecondApplyConverges() throws InterruptedException {
        tenant = EmulatedTenant.full(dir);
        tenant.resetToEmptyTenant();
        ApplyReport undisturbed = tenant.applyInProcess(InstantSource.system(), d -> {}, StepListener.SILENT);
        assertThat(undisturbed.succeeded()).isTrue();
        // every step of this plan makes exactly one mutating request, so the k-th request is the k-th step's
        List<String> stepOfRequest =
                undisturbed.steps().stream().map(s -> s.action().address()).toList();
        int k = stepOfRequest.size();
        assertThat(k).as("steps of an empty-tenant apply").isEqualTo(11);
        assertThat(loggedMutatingRequests(k))
                .as("mutating requests of an undisturbed apply")
                .isEqualTo(k);
        String expected = new TenantSnapshot(tenant.control.state()).normalised();
        List<DynamicTest> tests = new ArrayList<>();
        for (String kind : List.of("status500", "drop", "reset")) {
            for (int i = 1; i <= k; i++) {
                int nth = i;
                String step = stepOfRequest.get(i - 1);
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
        if (kind.equals("status500")) {
            CliRun.Result first = tenant.apply();
            assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(1);
            assertThat(first.err()).contains("step " + step + " failed");
            assertThat(first.out()).contains("FAILED");
        } else {
            List<Duration> waits = new CopyOnWriteArrayList<>();
            ApplyReport first = tenant.applyInProcess(InstantSource.system(), waits::add, StepListener.SILENT);
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

        CliRun.Result second = tenant.apply();
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        TenantSnapshot after = new TenantSnapshot(tenant.control.state());
        assertThat(after.servicePrincipals()).hasSize(1);
        assertThat(after.jobsPerTemplate(after.servicePrincipals().get(0)))
                .containsOnlyKeys("AAD2ADExchangeHybridWriteback", "AD2AADPasswordHash", "AD2AADProvisioning")
                .allSatisfy((t, n) -> assertThat(n).as(t).isEqualTo(1));
        assertThat(after.secrets()).containsOnlyKeys("AppKey", "Domain", "SyncNotificationSettings");
        assertThat(after.normalised()).isEqualTo(expectedState);
        assertThat(tenant.planInProcess().empty()).isTrue();
    }

    /** The logged mutating requests, once the log holds {@code atLeast} (it is written just after each answer). */
    private long loggedMutatingRequests(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long count = tenant.control.mutatingRequestCount();
        while (count < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
            count = tenant.control.mutatingRequestCount();
        }
        return count;
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
