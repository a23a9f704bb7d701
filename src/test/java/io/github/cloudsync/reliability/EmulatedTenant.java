package io.github.cloudsync.reliability;

import io.github.cloudsync.apply.Applier;
import io.github.cloudsync.apply.ApplyReport;
import io.github.cloudsync.apply.Convergence;
import io.github.cloudsync.apply.StepListener;
import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.graph.GraphEndpoint;
import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.graph.GraphSettings;
import io.github.cloudsync.graph.RetryPolicy;
import io.github.cloudsync.graph.Sleeper;
import io.github.cloudsync.graph.TokenProvider;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.plan.Planner;
import io.github.cloudsync.profile.ProfileLoader;
import io.github.cloudsync.read.PlanRun;
import io.github.cloudsync.testing.EmulatorControl;
import io.github.cloudsync.testing.EmulatorFixture;
import io.github.cloudsync.testing.VirtualTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

/**
 * One emulator for reliability scenarios: the full profile on disk, CLI runs against it, and in-process applies through
 * the apply package. Emulator, CLI and in-process runs share one virtual clock that only the clients' waits move, so
 * retry waits and the emulator's replication lag ({@code replicationLagMs}) cost no wall time.
 */
final class EmulatedTenant implements AutoCloseable {
    static final String TENANT = EmulatorFixture.TENANT;
    /** PHS, Exchange writeback, a threshold and notifications: every kind of step an empty tenant needs. */
    static final String FULL_PROFILE = """
            apiVersion: cloudsync/v1
            kind: CloudSyncProfile
            metadata:
              name: contoso
            tenant:
              id: %s
            configuration:
              domain: contoso.com
              passwordHashSync: true
              exchangeHybridWriteback: true
              accidentalDeletes: { enabled: true, threshold: 50 }
              notifications: { enabled: true, recipients: [ops@contoso.com] }
            """.formatted(TENANT);

    private final EmulatorFixture fixture;
    /** The replication lag the lagged runs use: what Microsoft's own cloud sync script waits after its writes. */
    static final int LAG_MS = 30_000;

    final VirtualTime time = new VirtualTime();
    final GraphEmulator emulator;
    final EmulatorControl control;
    final String url;
    final Path profile;
    final CliRun cli;
    private final int lagMs;

    /** As below, without replication lag. */
    EmulatedTenant(EmulatorOptions options, Path dir, String profileYaml, Map<String, String> environment) {
        this(options, dir, profileYaml, environment, 0);
    }

    /** {@code options}' clock is replaced by {@link #time}; {@code lagMs} is set at every {@link #resetToEmptyTenant}. */
    EmulatedTenant(EmulatorOptions options, Path dir, String profileYaml, Map<String, String> environment, int lagMs) {
        this.fixture = EmulatorFixture.start(options.withClock(time), environment, time, time);
        this.emulator = fixture.emulator();
        this.control = fixture.control();
        this.url = fixture.url();
        this.profile = dir.resolve("contoso.yaml");
        this.cli = fixture.cli();
        this.lagMs = lagMs;
        try {
            Files.writeString(profile, profileYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full profile, the default emulator, an empty environment, no replication lag. */
    static EmulatedTenant full(Path dir) {
        return full(dir, 0);
    }

    /** The full profile, the default emulator, an empty environment, {@code lagMs} of replication lag. */
    static EmulatedTenant full(Path dir, int lagMs) {
        return new EmulatedTenant(EmulatorOptions.defaults(), dir, FULL_PROFILE, Map.of(), lagMs);
    }

    /** Back to an empty tenant whose AD has the Exchange schema, with the lag; no faults, empty request log. */
    void resetToEmptyTenant() {
        control.clearFaults();
        control.seedStateFromResource("/emulator/empty-tenant.json");
        control.settings("{\"exchangeSchema\":true,\"replicationLagMs\":" + lagMs + "}");
        control.clearRequests();
    }

    /** The replication lag {@link #resetToEmptyTenant} sets. */
    int lagMs() {
        return lagMs;
    }

    /** Runs cloudsync with the flags that point it at this emulator. */
    CliRun.Result run(String... args) {
        return fixture.run(args);
    }

    CliRun.Result apply() {
        return run("apply", "-p", profile.toString(), "--auto-approve");
    }

    /** A fixed-jitter policy as the standard one: five sends, waits from 1 s, 2 minutes in all, 60 s after writes. */
    static RetryPolicy policy() {
        return new RetryPolicy(
                5,
                Duration.ofMinutes(2),
                Duration.ofSeconds(1),
                Duration.ofSeconds(16),
                Duration.ofSeconds(60),
                () -> 0.5);
    }

    GraphSession session(InstantSource clock, Sleeper sleeper) {
        GraphEndpoint endpoint = GraphEndpoint.of(Cloud.GLOBAL, url, null);
        return GraphSession.open(GraphSettings.of(endpoint, TokenProvider.emulator(), "reliability")
                .withRetries(policy(), clock, sleeper));
    }

    /**
     * What {@code apply -p PROFILE} does, through the apply package, on {@link #time}: the steps, then (when they all
     * succeeded) the convergence check in the same session, whose failure is an {@link AssertionError}.
     */
    ApplyReport applyInProcess(StepListener listener) {
        return applyInProcess(time, time, listener);
    }

    /** As {@link #applyInProcess(StepListener)} with another clock and sleeper. */
    ApplyReport applyInProcess(InstantSource clock, Sleeper sleeper, StepListener listener) {
        try (GraphSession graph = session(clock, sleeper)) {
            PlanRun run = PlanRun.read(ProfileLoader.load(profile), profile.toString(), graph);
            ApplyReport report = new Applier(graph.reader(), graph.writer(), listener).apply(run.live(), run.plan());
            if (report.succeeded()) {
                Convergence convergence = Convergence.check(run, graph);
                if (convergence.failure().isPresent()) {
                    throw new AssertionError(
                            "not converged: " + convergence.after().plan().actions()
                                    + convergence.after().warnings());
                }
            }
            return report;
        }
    }

    /** The plan for the profile against the tenant as it is now, on {@link #time}. */
    Plan planInProcess() {
        return planInProcess(time, time);
    }

    Plan planInProcess(InstantSource clock, Sleeper sleeper) {
        try (GraphSession graph = session(clock, sleeper)) {
            Profile loaded = ProfileLoader.load(profile);
            return Planner.plan(loaded, graph.liveState().read(loaded), profile.toString());
        }
    }

    @Override
    public void close() {
        fixture.close();
    }
}
