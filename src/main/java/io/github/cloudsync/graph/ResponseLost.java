package io.github.cloudsync.graph;

/** A create was sent but its answer never came: the caller must re-read before sending it again. */
final class ResponseLost extends Exception {
    private static final long serialVersionUID = 1L;

    ResponseLost(String call, Throwable cause) {
        super("no answer to " + call, cause);
    }
}
