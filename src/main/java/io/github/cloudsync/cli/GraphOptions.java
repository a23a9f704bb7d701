package io.github.cloudsync.cli;

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
            defaultValue = "beta",
            description = "Graph API version: beta (default, as Microsoft's article) or v1.0.")
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

    /** Options as if given on a command line, for tests and the embedded demo. */
    public static GraphOptions of(String graphUrl, String graphVersion, String auth, int verbosity) {
        GraphOptions options = new GraphOptions();
        options.graphUrl = graphUrl;
        options.graphVersion = graphVersion == null ? "beta" : graphVersion;
        options.auth = auth;
        options.verbose = new boolean[verbosity];
        return options;
    }
}
