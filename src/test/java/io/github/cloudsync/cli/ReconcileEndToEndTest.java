package io.github.cloudsync.cli;

import static io.github.cloudsync.cli.CliRun.against;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.testing.EmulatorControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, apply and plan again through the CLI against the emulator over real HTTP. */
class ReconcileEndToEndTest {
    static final String TENANT = "11111111-1111-1111-1111-111111111111";
    static final String FULL = """
            apiVersion: cloudsync/v1
            kind: CloudSyncProfile
            metadata:
              name: contoso
            tenant:
              id: %s
            configuration:
              domain: contoso.com
              passwordHashSync: true
              accidentalDeletes: { enabled: true, threshold: 50 }
              notifications: { enabled: true, recipients: [ops@contoso.com] }
            """.formatted(TENANT);

    @TempDir
    Path dir;

    GraphEmulator emulator;
    EmulatorControl control;
    CliRun cli = new CliRun(Map.of());
    String url;
    Path profile;

    @BeforeEach
    void start() throws Exception {
        emulator = GraphEmulator.start(0);
        url = emulator.baseUri().toString();
        control = new EmulatorControl(emulator.baseUri());
        control.seedStateFromResource("/emulator/empty-tenant.json");
        profile = dir.resolve("contoso.yaml");
        Files.writeString(profile, FULL);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void emptyTenantIsConfiguredThenInSyncAndASecondApplyWritesNothing() {
        CliRun.Result plan = cli.run(against(url, "plan", "-p", profile.toString(), "--detailed-exitcode"));
        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(2);
        assertThat(plan.out()).contains("+ create", "servicePrincipal", "job/AD2AADPasswordHash", "Plan:");
        assertThat(control.mutatingRequestCount()).isZero();

        CliRun.Result apply = cli.run(against(url, "apply", "-p", profile.toString(), "--auto-approve"));
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
        assertThat(apply.out()).contains("Apply complete!");

        control.clearRequests();
        CliRun.Result again = cli.run(against(url, "apply", "-p", profile.toString(), "--auto-approve"));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("No changes.");
        assertThat(control.mutatingRequestCount()).isZero();

        CliRun.Result check = cli.run(against(url, "plan", "-p", profile.toString(), "--detailed-exitcode"));
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    }

    @Test
    void applyAsksAtATerminalAndOnlyYesApproves() {
        String[] apply = against(url, "apply", "-p", profile.toString());
        CliRun.Result no = cli.runInteractive("no\n", apply);
        assertThat(no.exitCode()).isEqualTo(1);
        assertThat(no.out()).contains("Only 'yes' will be accepted", "Apply cancelled.");
        assertThat(control.mutatingRequestCount()).isZero();

        CliRun.Result batch = cli.run(apply);
        assertThat(batch.exitCode()).isEqualTo(64);
        assertThat(batch.err()).contains("--auto-approve");
        assertThat(control.mutatingRequestCount()).isZero();

        CliRun.Result yes = cli.runInteractive("yes\n", apply);
        assertThat(yes.exitCode()).as(yes.err()).isZero();
        assertThat(yes.out()).contains("Apply complete!");
        assertThat(control.mutatingRequestCount()).isPositive();
    }

    @Test
    void colourOnlyAtATerminalWithoutNoColor() {
        String[] plan = against(url, "plan", "-p", profile.toString());
        assertThat(cli.runInteractive("", plan).out()).contains("\u001b[");
        assertThat(cli.run(plan).out()).doesNotContain("\u001b[");
        assertThat(cli.runInteractive("", against(url, "plan", "-p", profile.toString(), "--no-color"))
                        .out())
                .doesNotContain("\u001b[");
        assertThat(new CliRun(Map.of("NO_COLOR", "1")).runInteractive("", plan).out())
                .doesNotContain("\u001b[");
    }
}
