package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: discover answers 500 after the Domain secret was written (docs/graph.md section 16.2). Right after that
 * write it is retried, within the consistency deadline, not a count; when it persists, the apply stops at the
 * discover step with {@code discovery_failed} and says what it usually means.
 */
class DiscoverFailsTest {
    @TempDir
    Path dir;

    private EmulatedTenant tenant;

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void aDiscover500ThatPersistsIsRetriedUntilTheDeadlineThenExplained() {
        tenant = EmulatedTenant.full(dir);
        tenant.resetToEmptyTenant();
        tenant.control.addFault(
                "{\"kind\":\"status\",\"status\":500,\"method\":\"POST\",\"path\":\"/discover$\"," + "\"count\":-1}");

        CliRun.Result apply = tenant.apply();

        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isEqualTo(1);
        assertThat(apply.err())
                .contains("Error: step job/AD2AADProvisioning/schema/directories/discover failed: directory discovery"
                        + " failed for contoso.com: Graph answered 500")
                .contains("what to do: discover usually fails like this when no provisioning agent is registered for"
                        + " contoso.com yet");
        List<LoggedRequest> discovers = tenant.control.requests().stream()
                .filter(r -> r.path().endsWith("/discover"))
                .toList();
        assertThat(discovers)
                .hasSizeGreaterThan(5)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(500));
        Instant lastTry = Instant.parse(discovers.get(discovers.size() - 1).startedAt());
        Instant lastWrite = tenant.control.requests().stream()
                .filter(r -> !r.method().equals("GET") && !r.path().endsWith("/discover"))
                .map(r -> Instant.parse(r.endedAt()))
                .filter(ended -> !ended.isAfter(lastTry))
                .max(Instant::compareTo)
                .orElseThrow();
        // The deadline runs from the session's latest write (GraphTransport.awaitConsistency): with steps running at
        // once that may be another job's write made after the secrets PUT.
        assertThat(Duration.between(lastWrite, lastTry))
                .as("the last try is within the 60 s deadline after the latest write, and near it")
                .isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
    }
}
