package io.github.cloudsync.cli;

import io.github.cloudsync.graph.AuthChoice;
import io.github.cloudsync.graph.AuthEnvironment;
import io.github.cloudsync.graph.AuthMethod;
import io.github.cloudsync.graph.Authentication;
import io.github.cloudsync.graph.GraphEndpoint;
import io.github.cloudsync.graph.GraphLimits;
import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.graph.GraphSettings;
import io.github.cloudsync.graph.ReadOnlyGraphSession;
import io.github.cloudsync.graph.TraceSink;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.UsageException;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Builds the {@link GraphSession} a command uses (a {@link ReadOnlyGraphSession} for one that only reads), from the profile's tenant and cloud, {@link GraphOptions}, the
 * environment and the stream {@code --verbose} writes to. Usage in a command:
 *
 * <pre>{@code
 * try (GraphSession graph = GraphSessionFactory.open(profile, options, System.getenv(), spec.commandLine().getErr())) {
 *     LiveStateRead live = graph.liveState().readWithWarnings(profile);
 * }
 * }</pre>
 *
 * Nothing is sent to Graph or the sign-in service until the first call; every usage problem (bad URL, missing
 * credential, a limit of {@link GraphLimits} set to something that is not a number) is raised here as a
 * {@link UsageException}. With {@code -v} the chosen sign-in method and why is the
 * first line on the verbose stream.
 */
public final class GraphSessionFactory {
    private GraphSessionFactory() {}

    /** For a profile: its tenant id and cloud. */
    public static GraphSession open(
            Profile profile, GraphOptions options, Map<String, String> environment, PrintWriter verboseOut) {
        return open(profile.tenant().id(), profile.tenant().cloud(), options, environment, verboseOut);
    }

    /**
     * For commands without a profile (e.g. {@code import}): {@code tenantId} may be null, then
     * {@code AZURE_TENANT_ID} is the default. A profile's (or {@code --tenant}'s) tenant always wins over
     * {@code AZURE_TENANT_ID}, so one multi-tenant app registration serves profiles of many tenants in one run.
     */
    public static GraphSession open(
            String tenantId,
            Cloud cloud,
            GraphOptions options,
            Map<String, String> environment,
            PrintWriter verboseOut) {
        return GraphSession.open(settings(tenantId, cloud, options, environment, verboseOut));
    }

    /** As {@link #open(Profile, GraphOptions, Map, PrintWriter)}, for a command that only reads. */
    public static ReadOnlyGraphSession openReadOnly(
            Profile profile, GraphOptions options, Map<String, String> environment, PrintWriter verboseOut) {
        return openReadOnly(profile.tenant().id(), profile.tenant().cloud(), options, environment, verboseOut);
    }

    /** As {@link #open(String, Cloud, GraphOptions, Map, PrintWriter)}, for a command that only reads. */
    public static ReadOnlyGraphSession openReadOnly(
            String tenantId,
            Cloud cloud,
            GraphOptions options,
            Map<String, String> environment,
            PrintWriter verboseOut) {
        return ReadOnlyGraphSession.open(settings(tenantId, cloud, options, environment, verboseOut));
    }

    private static GraphSettings settings(
            String tenantId,
            Cloud cloud,
            GraphOptions options,
            Map<String, String> environment,
            PrintWriter verboseOut) {
        GraphEndpoint endpoint = GraphEndpoint.of(cloud, options.graphUrl(), options.graphVersion());
        AuthChoice choice = AuthChoice.of(options.auth(), endpoint, environment);
        Authentication authentication = new Authentication(choice.method(), environment, null);
        String tenant = tenant(tenantId, environment, choice.method());
        GraphSettings signedIn = GraphSettings.signedIn(
                endpoint, authentication, tenant, Version.number(), options.verbosity(), TraceSink.of(verboseOut));
        GraphSettings settings = signedIn.withRetries(signedIn.retryPolicy(), options.clock(), options.sleeper())
                .withLimits(GraphLimits.fromEnvironment(environment));
        if (options.verbosity() > 0) {
            verboseOut.println("sign-in: tenant " + tenant + " (" + cloud.profileName() + ") with "
                    + choice.method().optionValue() + ": " + choice.reason());
            verboseOut.flush();
        }
        return settings;
    }

    private static String tenant(String given, Map<String, String> environment, AuthMethod method) {
        if (given != null && !given.isBlank()) {
            return given.trim();
        }
        String fromEnvironment = environment.get(AuthEnvironment.TENANT_ID);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        if (method == AuthMethod.NONE || method == AuthMethod.MANAGED_IDENTITY || method == AuthMethod.AZURE_CLI) {
            // managed identity needs no tenant; the Azure CLI then uses its own default tenant
            return "organizations";
        }
        throw new UsageException("no tenant id", "pass --tenant or set " + AuthEnvironment.TENANT_ID);
    }
}
