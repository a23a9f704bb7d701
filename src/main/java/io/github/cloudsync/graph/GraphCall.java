package io.github.cloudsync.graph;

import java.util.Objects;

/**
 * One logical Graph request before retries.
 *
 * @param method HTTP method
 * @param target a path under the version base ({@code /organization}) or an absolute {@code @odata.nextLink}
 * @param body JSON text, or null for none
 * @param kind what may be retried after a lost response
 * @param permission the application permission Graph needs for it (docs/graph.md section 8), for 401 hints
 */
record GraphCall(String method, String target, String body, Kind kind, String permission) {
    /** How a call may be repeated. */
    enum Kind {
        /** A GET: always safe to repeat. */
        READ,
        /** PUT, PATCH, DELETE: repeating it leaves the same state. */
        IDEMPOTENT,
        /** A POST that changes nothing (discover): safe to repeat, and not a write that Graph must catch up with. */
        QUERY,
        /** start, pause, restart: repeated only when it certainly was not sent. */
        ACTION,
        /** instantiate, POST jobs: after a lost response the caller re-reads before sending again. */
        CREATE
    }

    GraphCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
    }

    static GraphCall get(String target, String permission) {
        return new GraphCall("GET", target, null, Kind.READ, permission);
    }

    /** Whether the call may change the tenant, so that reads right after it may not show it yet. */
    boolean writes() {
        return kind != Kind.READ && kind != Kind.QUERY;
    }
}
