package io.github.cloudsync.cli;

import io.github.cloudsync.graph.GraphEndpoint;
import io.github.cloudsync.graph.Sleeper;
import java.time.InstantSource;
import picocli.CommandLine.Option;

/**
 * The Graph connection options every command that talks to Graph mixes in ({@code @Mixin GraphOptions graph;}):
 * {@code --graph-url}, {@code --graph-version}, {@code --auth} and the repeatable {@code --verbose}.
 */
public final class GraphOptions {
    @Option(
            names = "--graph-url",
            paramLabel = "URL",
            description = "Graph root, e.g. http://127.0.0.1:8080 for the emulator (default: from the profile's cloud;"
                    + " http only for loopback hosts).")
    String graphUrl;

    @Option(
            names = "--graph-version",
            paramLabel = "VERSION",
            defaultValue = GraphEndpoint.DEFAULT_VERSION,
            description = "Graph API version: v1.0 (default) or beta (as Microsoft's article; no secrets calls"
                    + " from 2027-07-06, when beta's synchronization/secrets is due to be removed).")
    String graphVersion;

    @Option(
            names = "--auth",
            paramLabel = "METHOD",
            description = "secret | certificate | workload-identity | managed-identity | azure-cli | none (none only"
                    + " for a loopback Graph URL). Default: none for a loopback URL, else the first configured of"
                    + " secret, certificate, workload-identity, managed-identity, azure-cli (-v names it).")
    String auth;

    @Option(
            names = {"-v", "--verbose"},
            description = "Trace every Graph request on stderr; twice adds headers and bodies. Tokens and secret"
                    + " values are always redacted.")
    boolean[] verbose = new boolean[0];

    private final InstantSource clock;
    private final Sleeper sleeper;

    /** As picocli makes it for a command: on the terminal's clock and sleeper. */
    GraphOptions(Terminal terminal) {
        this(terminal.clock(), terminal.sleeper());
    }

    private GraphOptions(InstantSource clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The {@code --graph-url} given, or null for the cloud's default. */
    public String graphUrl() {
        return graphUrl;
    }

    public String graphVersion() {
        return graphVersion;
    }

    /** The {@code --auth} given, or null to choose from the URL and environment. */
    public String auth() {
        return auth;
    }

    /** How many times {@code --verbose} was given: 0, 1 (one line per request) or 2+ (with bodies). */
    public int verbosity() {
        return verbose.length;
    }

    /** The clock Graph retries read (the terminal's). */
    public InstantSource clock() {
        return clock;
    }

    /** What Graph retries wait on (the terminal's). */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** Options as if given on a command line, for tests and the embedded demo, on the system clock. */
    public static GraphOptions of(String graphUrl, String graphVersion, String auth, int verbosity) {
        return of(graphUrl, graphVersion, auth, verbosity, InstantSource.system(), Sleeper.system());
    }

    /** As {@link #of(String, String, String, int)} on the given clock and sleeper. */
    public static GraphOptions of(
            String graphUrl, String graphVersion, String auth, int verbosity, InstantSource clock, Sleeper sleeper) {
        GraphOptions options = new GraphOptions(clock, sleeper);
        options.graphUrl = graphUrl;
        options.graphVersion = graphVersion == null ? GraphEndpoint.DEFAULT_VERSION : graphVersion;
        options.auth = auth;
        options.verbose = new boolean[verbosity];
        return options;
    }
}
