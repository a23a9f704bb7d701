package io.github.cloudsync.graph;

/**
 * Waits for Graph to catch up with this session's writes (docs/graph.md section 16.1): right after a write a read may
 * still show the tenant as it was, so a caller that finds its writes missing waits and reads again, until a deadline
 * after the session's latest write ({@link RetryPolicy#consistencyDeadline}), never a fixed number of times. A session
 * that wrote nothing never waits.
 */
public final class Consistency {
    private final GraphTransport transport;

    Consistency(GraphTransport transport) {
        this.transport = transport;
    }

    /**
     * When the {@code retry}-th wait (1-based, growing as the policy's backoff) ends before the deadline after this
     * session's latest write, waits it on the session's sleeper and returns true; otherwise returns false at once.
     */
    public boolean awaitAfterWrites(int retry, String why) {
        return transport.awaitConsistency(retry, why);
    }
}
