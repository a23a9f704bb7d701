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
 * Issue 12: beta's {@code synchronization/secrets} is due to be removed on 2027-07-06 (docs/graph.md section 16.5).
 * With the shared clock past that day, the default (v1.0) applies and plans without one request to beta, and
 * {@code --graph-version beta} is refused before any secrets call reaches beta; the day before, beta still works.
 */
class BetaSecretsRemovalTest {
    @TempDir
    Path dir;

    private EmulatedTenant tenant;

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void afterTheRemovalDateNoSecretsCallGoesToBeta() {
        configuredOn(Instant.parse("2027-07-06T00:00:00Z"));

        CliRun.Result beta = tenant.run("plan", "-p", tenant.profile.toString(), "--graph-version", "beta");

        assertThat(beta.exitCode()).as(beta.out() + beta.err()).isEqualTo(64);
        assertThat(beta.err())
                .contains("synchronization/secrets was due to be removed on 2027-07-06")
                .contains("leave out --graph-version beta");
        assertThat(secretsCalls("/beta/")).isEmpty();
        assertThat(secretsCalls("/v1.0/")).isNotEmpty();
    }

    @Test
    void theDayBeforeBetaSecretsAreStillRead() {
        configuredOn(Instant.parse("2027-07-05T23:59:59Z"));

        CliRun.Result beta = tenant.run("plan", "-p", tenant.profile.toString(), "--graph-version", "beta");

        assertThat(beta.exitCode()).as(beta.out() + beta.err()).isZero();
        assertThat(secretsCalls("/beta/")).hasSize(1);
    }

    /** An apply on the default version at {@code day}: every request of it to v1.0. */
    private void configuredOn(Instant day) {
        tenant = EmulatedTenant.full(dir);
        tenant.resetToEmptyTenant();
        tenant.time.sleep(Duration.between(tenant.time.instant(), day));
        CliRun.Result apply = tenant.apply();
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
        assertThat(tenant.control.requests())
                .allSatisfy(r -> assertThat(r.path()).startsWith("/v1.0/"));
    }

    private List<LoggedRequest> secretsCalls(String version) {
        return tenant.control.requests().stream()
                .filter(r -> r.path().startsWith(version) && r.path().endsWith("/synchronization/secrets"))
                .toList();
    }
}
