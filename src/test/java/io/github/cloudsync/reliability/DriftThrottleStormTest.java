package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.drift.DriftRun;
import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.render.DriftReport;
import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import io.github.cloudsync.testing.VirtualTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 7, for drift: 30 % of all requests answered 429 with {@code Retry-After: 1} while drift reads five
 * profiles (two of them drifted). Every profile is classified as without throttling, and the emulator's timestamps on
 * the shared virtual clock show no request repeated before its Retry-After elapsed, at no wall time.
 */
class DriftThrottleStormTest {
    static final int PROFILES = 5;

    @TempDir
    Path dir;

    private VirtualTime time;
    private EmulatedTenant tenant;

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void driftClassifiesEveryProfileAndNoRequestIsRepeatedBeforeItsRetryAfter() throws IOException {
        tenant = new EmulatedTenant(EmulatorOptions.defaults(), dir, EmulatedTenant.FULL_PROFILE, Map.of());
        time = tenant.time;
        tenant.resetToEmptyTenant();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= PROFILES; i++) {
            Path file = Files.writeString(dir.resolve("site-%d.yaml".formatted(i)), profile(i, 50));
            CliRun.Result apply = tenant.run("apply", "-p", file.toString(), "--auto-approve");
            assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
            files.add(file);
        }
        Files.writeString(files.get(1), profile(2, 80));
        Files.writeString(files.get(3), profile(4, 80));
        tenant.control.clearRequests();
        tenant.control.addFault("{\"kind\":\"status\",\"status\":429,\"retryAfter\":1,\"fraction\":0.3,\"count\":-1}");

        DriftReport report;
        try (GraphSession graph = tenant.session(time, time)) {
            // one profile at a time: a profile's requests are then the only ones to its paths until it is done, so the
            // next request to a refused path is its retry
            report = new DriftRun(profile -> graph, 1, entry -> {}, time).run(files);
        }

        assertThat(report.entries())
                .extracting(DriftReport.Entry::result)
                .containsExactly(
                        DriftReport.Result.IN_SYNC,
                        DriftReport.Result.DRIFTED,
                        DriftReport.Result.IN_SYNC,
                        DriftReport.Result.DRIFTED,
                        DriftReport.Result.IN_SYNC);
        List<LoggedRequest> log = tenant.control.requests();
        assertThat(log).as("drift sends only GETs").noneMatch(LoggedRequest::mutating);
        long throttled = log.stream().filter(r -> r.status() == 429).count();
        assertThat(throttled).isBetween((long) (log.size() * 0.29), (long) (log.size() * 0.31) + 1);
        assertThat(time.sleeps())
                .as("each 429 waited once, for its Retry-After")
                .hasSize((int) throttled)
                .allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofSeconds(1)));
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).status() == 429) {
                LoggedRequest refused = log.get(i);
                LoggedRequest retry = nextSame(log, i);
                assertThat(Duration.between(Instant.parse(refused.startedAt()), Instant.parse(retry.startedAt())))
                        .as("%s %s repeated", retry.method(), retry.path())
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            }
        }
    }

    private static String profile(int site, int threshold) {
        String domain = "site%d.contoso.com".formatted(site);
        return """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: site-%d
                tenant:
                  id: %s
                configuration:
                  domain: %s
                  passwordHashSync: %s
                  accidentalDeletes: { enabled: true, threshold: %d }
                """.formatted(site, EmulatedTenant.TENANT, domain, site % 2 == 1, threshold);
    }

    private static LoggedRequest nextSame(List<LoggedRequest> log, int index) {
        LoggedRequest refused = log.get(index);
        return log.subList(index + 1, log.size()).stream()
                .filter(r -> r.method().equals(refused.method()) && r.path().equals(refused.path()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no retry of " + refused));
    }
}
