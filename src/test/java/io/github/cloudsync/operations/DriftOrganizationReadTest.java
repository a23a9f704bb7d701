package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drift reads a tenant's organization record once for all its profiles (docs/operations.md, drift), counted in the
 * emulator's request log, and a failed read of it is not kept for the profiles after it.
 */
class DriftOrganizationReadTest {
    private static final int PROFILES = 12;

    @TempDir
    Path dir;

    EmulatedTenant tenant;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
        for (int i = 1; i <= PROFILES; i++) {
            tenant.apply(EmulatedTenant.profile(
                    dir,
                    "site-%02d.yaml".formatted(i),
                    "site-%02d".formatted(i),
                    EmulatedTenant.TENANT,
                    "site%02d.contoso.com".formatted(i),
                    i % 4 == 0));
        }
        tenant.control.clearRequests();
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void twelveProfilesOfOneTenantSendOneOrganizationReadAndFourReadsEach() {
        CliRun.Result drift = tenant.run("drift", dir.toString(), "--json", "--parallelism", "12");

        assertThat(drift.exitCode()).as(drift.out() + drift.err()).isZero();
        List<LoggedRequest> requests = tenant.control.requests();
        assertThat(requests).allMatch(r -> r.method().equals("GET"));
        assertThat(requests.stream().filter(r -> r.path().endsWith("/organization")))
                .hasSize(1);
        assertThat(requests).hasSize(1 + 4 * PROFILES);
    }

    @Test
    void aFailedOrganizationReadFailsTheProfileThatSentItAndTheNextProfileReadsAgain() {
        tenant.control.addFault("{\"kind\":\"status\",\"status\":400,\"path\":\"/organization$\",\"count\":1}");

        CliRun.Result drift = tenant.run("drift", dir.toString(), "--json", "--parallelism", "1");

        JsonNode report = JsonMapper.shared().readTree(drift.out());
        assertThat(drift.exitCode()).as(drift.out() + drift.err()).isEqualTo(1);
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/in_sync").asInt()).isEqualTo(PROFILES - 1);
        assertThat(tenant.control.requests().stream().filter(r -> r.path().endsWith("/organization")))
                .hasSize(2);
    }
}
