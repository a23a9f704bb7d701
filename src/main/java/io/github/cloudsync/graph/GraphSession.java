package io.github.cloudsync.graph;

/**
 * A {@link ReadOnlyGraphSession} that also hands out the mutating seam: for apply and the job commands (allow-deletes,
 * restart) only. Close it when the command ends.
 */
public final class GraphSession extends ReadOnlyGraphSession {
    private GraphSession(GraphSettings settings) {
        super(settings);
    }

    /** Builds the session; nothing is sent until the first call. */
    public static GraphSession open(GraphSettings settings) {
        return new GraphSession(settings);
    }

    /** The mutating seam. */
    public GraphWriter writer() {
        return client;
    }
}
