package io.github.cloudsync.cli;

import io.github.cloudsync.graph.ReadOnlyGraphSession;
import io.github.cloudsync.model.Profile;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link ReadOnlyGraphSession} per tenant and cloud for a command that reads many profiles at once (drift): profiles of
 * one tenant share its connections and its token. Thread-safe; closes every session it opened.
 */
final class GraphSessions implements AutoCloseable {
    private final GraphOptions options;
    private final Map<String, String> environment;
    private final PrintWriter verboseOut;
    private final Map<String, ReadOnlyGraphSession> sessions = new ConcurrentHashMap<>();

    GraphSessions(GraphOptions options, Map<String, String> environment, PrintWriter verboseOut) {
        this.options = options;
        this.environment = environment;
        this.verboseOut = verboseOut;
    }

    /** The session for the profile's tenant and cloud; a usage problem (e.g. no credentials) is thrown every time. */
    ReadOnlyGraphSession of(Profile profile) {
        String key = profile.tenant().id().toLowerCase(Locale.ROOT) + "/"
                + profile.tenant().cloud().profileName();
        return sessions.computeIfAbsent(
                key, k -> GraphSessionFactory.openReadOnly(profile, options, environment, verboseOut));
    }

    @Override
    public void close() {
        sessions.values().forEach(ReadOnlyGraphSession::close);
    }
}
