package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import io.github.cloudsync.testing.RoundTrips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 2: the requests and round-trip depth of an empty-tenant apply of profiles/full.yaml, the convergence
 * re-read included, from the emulator's request log. 150 ms on every request makes requests sent together overlap in
 * the log; depth is the longest chain of requests each started after the one before it had ended.
 */
class ApplyRoundTripsTest {
    private static final int LATENCY_MS = 150;

    @TempDir
    Path dir;

    @Test
    void anEmptyTenantApplyOfTheFullProfileTakesAtMostTenRoundTripsAndTwentyRequests() throws IOException {
        Path profile = Files.writeString(
                dir.resolve("full.yaml"),
                Files.readString(Path.of("profiles/full.yaml"))
                        .replaceAll("(?m)^(\\s*id:).*$", "$1 " + EmulatedTenant.TENANT));
        try (EmulatedTenant tenant = new EmulatedTenant()) {
            tenant.control.settings("{\"exchangeSchema\":true}");
            tenant.control.addFault("{\"kind\":\"latency\",\"latencyMs\":" + LATENCY_MS + "}");
            tenant.control.clearRequests();

            CliRun.Result apply = tenant.run("apply", "-p", profile.toString(), "--auto-approve");

            assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
            List<LoggedRequest> log = tenant.control.requests();
            assertThat(log)
                    .as("every request answered")
                    .allSatisfy(r -> assertThat(r.status() / 100).isEqualTo(2));
            // the steps, issue 16's safety reads (the race rules' lists, the secrets read back) and the convergence
            // re-read, which uses what was read after the last write instead of reading it again
            assertThat(log).as("requests").hasSizeLessThanOrEqualTo(20);
            // the checks run beside the next writes (apply/StepCheck), and all the convergence GETs go out at once
            assertThat(RoundTrips.depth(log)).as("round-trip depth of " + log).isLessThanOrEqualTo(10);
            tenant.control.clearFaults();
            CliRun.Result plan = tenant.run("plan", "-p", profile.toString(), "--detailed-exitcode");
            assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
        }
    }
}
