package io.github.cloudsync.testing;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.graph.Sleeper;
import java.time.InstantSource;
import java.util.Map;

/**
 * The one emulator fixture of the tests: a real {@link GraphEmulator} on 127.0.0.1 with a free port, its control plane,
 * and the CLI pointed at it over real HTTP. The suites' own harnesses (graph, reliability, operations, scenarios) are
 * built on it and add only what their tests need.
 */
public final class EmulatorFixture implements AutoCloseable {
    /** The emulator's default organization id (docs/emulator.md, "Default state"). */
    public static final String TENANT = "11111111-1111-1111-1111-111111111111";

    private final GraphEmulator emulator;
    private final EmulatorControl control;
    private final CliRun cli;

    private EmulatorFixture(GraphEmulator emulator, CliRun cli) {
        this.emulator = emulator;
        this.control = new EmulatorControl(emulator.baseUri());
        this.cli = cli;
    }

    /** The default emulator and an empty environment for the CLI. */
    public static EmulatorFixture start() {
        return new EmulatorFixture(GraphEmulator.start(0), new CliRun(Map.of()));
    }

    /** An emulator with these options, and the CLI with this environment. */
    public static EmulatorFixture start(EmulatorOptions options, Map<String, String> environment) {
        return new EmulatorFixture(GraphEmulator.start(options), new CliRun(environment));
    }

    /** As above, the CLI on this clock and sleeper (a {@link VirtualTime}, so its waits cost no wall time). */
    public static EmulatorFixture start(
            EmulatorOptions options, Map<String, String> environment, InstantSource clock, Sleeper sleeper) {
        return new EmulatorFixture(GraphEmulator.start(options), new CliRun(environment, clock, sleeper));
    }

    public GraphEmulator emulator() {
        return emulator;
    }

    public EmulatorControl control() {
        return control;
    }

    /** The emulator's base URL, without a version. */
    public String url() {
        return emulator.baseUri().toString();
    }

    public CliRun cli() {
        return cli;
    }

    /** Runs cloudsync against the emulator ({@code --graph-url} and {@code --auth none} added), without a terminal. */
    public CliRun.Result run(String... args) {
        return cli.run(CliRun.against(url(), args));
    }

    /** As {@link #run}, as if a person typed {@code stdin} at a terminal. */
    public CliRun.Result runInteractive(String stdin, String... args) {
        return cli.runInteractive(stdin, CliRun.against(url(), args));
    }

    @Override
    public void close() {
        emulator.close();
    }
}
