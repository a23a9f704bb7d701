package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drift under Graph throttling and uneven latency: slower, never failed, and always reported in the order given. */
class DriftThrottlingTest {
    @TempDir
    Path dir;

    EmulatedTenant tenant;
    List<Path> profiles = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
        for (int i = 1; i <= 12; i++) {
            Path profile = EmulatedTenant.profile(
                    dir,
                    "site-%02d.yaml".formatted(i),
                    "site-%02d".formatted(i),
                    EmulatedTenant.TENANT,
                    "site%02d.contoso.com".formatted(i),
                    false);
            tenant.apply(profile);
            profiles.add(profile);
        }
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    /**
     * At 3 requests a second for 12 profiles at once, the Graph client's own retries (5 sends, Retry-After honoured) left
     * 5 of the 12 profiles failed with 429 when tried alone; drift's jittered re-reads of a throttled profile fix that.
     */
    @Test
    void aGlobalRateLimitSlowsDriftDownButEveryProfileIsStillChecked() {
        tenant.control.clearRequests();
        tenant.control.addFault("{\"kind\":\"rateLimit\",\"perSecond\":3,\"retryAfter\":1}");

        CliRun.Result drift = tenant.run("drift", dir.toString(), "--json", "--parallelism", "12");

        assertThat(drift.exitCode()).as(drift.out() + drift.err()).isZero();
        JsonNode report = JsonMapper.shared().readTree(drift.out());
        assertThat(report.at("/summary/in_sync").asInt()).isEqualTo(12);
        assertThat(tenant.control.requests()).as("Graph throttled the run").anyMatch(r -> r.status() == 429);
    }

    @Test
    void theReportKeepsTheOrderGivenWhenTheFirstProfileFinishesLast() {
        String firstId =
                tenant.servicePrincipal("site01.contoso.com").path("id").asString();
        tenant.control.addFault("{\"kind\":\"latency\",\"latencyMs\":400,\"path\":\"" + firstId + "\"}");
        List<String> args = new ArrayList<>(List.of("drift", "--parallelism", "4"));
        profiles.forEach(p -> args.add(p.toString()));

        CliRun.Result drift = tenant.run(args.toArray(String[]::new));

        assertThat(drift.exitCode()).as(drift.out() + drift.err()).isZero();
        List<Integer> positions = profiles.stream()
                .map(p -> drift.out().indexOf("(" + p + "): in sync"))
                .toList();
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void aProgressLineOnlyOnATerminalAndOnStderrOnly() {
        CliRun.Result atTerminal = tenant.runInteractive("", "drift", dir.toString(), "--no-color");
        CliRun.Result inPipe = tenant.run("drift", dir.toString());
        CliRun.Result badParallelism = tenant.run("drift", dir.toString(), "--parallelism", "0");

        assertThat(atTerminal.exitCode()).isZero();
        assertThat(atTerminal.err()).contains("\rdrift: 12/12 checked, 0 drifted, 0 errors");
        assertThat(atTerminal.out()).doesNotContain("checked,").isEqualTo(inPipe.out());
        assertThat(inPipe.err()).isEmpty();
        assertThat(badParallelism.exitCode()).isEqualTo(64);
    }
}
