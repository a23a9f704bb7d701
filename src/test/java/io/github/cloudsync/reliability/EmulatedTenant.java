package io.github.cloudsync.reliability;

import io.github.cloudsync.apply.Applier;
import io.github.cloudsync.apply.ApplyReport;
import io.github.cloudsync.apply.StepListener;
import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.graph.GraphEndpoint;
import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.graph.GraphSettings;
import io.github.cloudsync.graph.LiveStateRead;
import io.github.cloudsync.graph.RetryPolicy;
import io.github.cloudsync.graph.Sleeper;
import io.github.cloudsync.graph.TokenProvider;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.plan.Planner;
import io.github.cloudsync.profile.ProfileLoader;
import io.github.cloudsync.testing.EmulatorControl;
import io.github.cloudsync.testing.EmulatorFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

/**
 * One emulator for reliability scenarios: the full profile on disk, CLI runs against it, and in-process applies through
 * the apply package with an injected clock and sleeper, so retry waits cost no wall time (the CLI cannot take them).
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
    final GraphEmulator emulator;
    final EmulatorControl control;
    final String url;
    final Path profile;
    final CliRun cli;

    EmulatedTenant(EmulatorOptions options, Path dir, String profileYaml, Map<String, String> environment) {
        this.fixture = EmulatorFixture.start(options, environment);
        this.emulator = fixture.emulator();
        this.control = fixture.control();
        this.url = fixture.url();
        this.profile = dir.resolve("contoso.yaml");
        this.cli = fixture.cli();
        try {
            Files.writeString(profile, profileYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full profile, the default emulator, an empty environment. */
    static EmulatedTenant full(Path dir) {
        return new EmulatedTenant(EmulatorOptions.defaults(), dir, FULL_PROFILE, Map.of());
    }

    /** Back to an empty tenant whose AD has the Exchange schema; no faults, empty request log. */
    void resetToEmptyTenant() {
        control.clearFaults();
        control.seedStateFromResource("/emulator/empty-tenant.json");
        control.settings("{\"exchangeSchema\":true}");
        control.clearRequests();
    }

    /** Runs cloudsync with the flags that point it at this emulator. */
    CliRun.Result run(String... args) {
        return fixture.run(args);
    }

    CliRun.Result apply() {
        return run("apply", "-p", profile.toString(), "--auto-approve");
    }

    /** A fixed-jitter policy as the standard one: five sends, waits from 1 s, 2 minutes in all. */
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
        GraphEndpoint endpoint = GraphEndpoint.of(Cloud.GLOBAL, url, "beta");
        return GraphSession.open(GraphSettings.of(endpoint, TokenProvider.emulator(), "reliability")
                .withRetries(policy(), clock, sleeper));
    }

    /** What {@code apply -p PROFILE} does before its convergence check, through the apply package. */
    ApplyReport applyInProcess(InstantSource clock, Sleeper sleeper, StepListener listener) {
        try (GraphSession graph = session(clock, sleeper)) {
            Profile loaded = ProfileLoader.load(profile);
            LiveStateRead read = graph.liveState().readWithWarnings(loaded);
            Plan plan = Planner.plan(loaded, read.state(), profile.toString());
            return new Applier(graph.reader(), graph.writer(), listener).apply(read.state(), plan);
        }
    }

    /** The plan for the profile against the tenant as it is now. */
    Plan planInProcess() {
        return planInProcess(InstantSource.system(), d -> {});
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
