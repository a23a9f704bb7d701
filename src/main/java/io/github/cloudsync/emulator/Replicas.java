package io.github.cloudsync.emulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Replication lag ({@code replicationLagMs}): for that long after a write, Graph requests are served alternately by a
 * stale replica and the up-to-date one, the stale one first after every write, so a run is reproducible. The stale
 * replica is the tenant as it was before the oldest write still inside the window: there a new object is 404 and
 * missing from lists and {@code $filter} results, and changed secrets, schedules and schemas read as before. A write
 * served by the stale replica fails with the 404 it would give there (nothing committed); otherwise writes always go
 * to the up-to-date state. Entra is eventually consistent (Microsoft's identity blog "Designing for eventual
 * consistency for Microsoft Entra"); the round-robin is the emulator's own, stricter than a random spread [I]. Guarded
 * by the tenant's lock.
 */
final class Replicas {
    /** POST actions that change nothing, so they do not open a lag window. */
    private static final Set<String> READ_ONLY_ACTIONS =
            Set.of("discover", "provisionOnDemand", "parseExpression", "validateCredentials");

    /**
     * One write inside the window and the tenant just before it.
     *
     * @param at when the write was served
     * @param before a copy of the tenant taken before it
     */
    private record Write(Instant at, Tenant before) {}

    private final Deque<Write> window = new ArrayDeque<>();
    private long turn;

    void clear() {
        window.clear();
        turn = 0;
    }

    /** Answers {@code call} on the replica whose turn it is; failures propagate as {@link GraphFailure}. */
    GraphReply serve(GraphCall call, Tenant tenant, GraphRouter router) {
        synchronized (tenant) {
            long lag = tenant.settings.replicationLagMs();
            if (lag <= 0) {
                clear();
                return router.route(call, tenant);
            }
            Instant horizon = call.now().minusMillis(lag);
            while (!window.isEmpty() && !window.peekFirst().at().isAfter(horizon)) {
                window.removeFirst();
            }
            boolean read = call.method().equals("GET");
            if (!window.isEmpty() && turn++ % 2 == 0) {
                Tenant stale = window.peekFirst().before();
                stale.settings = tenant.settings;
                if (read) {
                    return router.route(call, stale);
                }
                rehearse(call, stale.copy(), router);
            }
            boolean write = !read && !READ_ONLY_ACTIONS.contains(lastSegment(call));
            Tenant before = write ? tenant.copy() : null;
            GraphReply reply = router.route(call, tenant);
            if (write) {
                window.addLast(new Write(call.now(), before));
                turn = 0;
            }
            return reply;
        }
    }

    /**
     * Runs a non-GET call on a throwaway copy of the stale replica: its 404 (an object that replica does not know yet)
     * is the answer; so is any failure of a read-only action such as discover, which reads the replica's secrets.
     */
    private static void rehearse(GraphCall call, Tenant staleCopy, GraphRouter router) {
        try {
            router.route(call, staleCopy);
        } catch (GraphFailure failure) {
            if (failure.status() == 404 || READ_ONLY_ACTIONS.contains(lastSegment(call))) {
                throw failure;
            }
        }
    }

    private static String lastSegment(GraphCall call) {
        return call.segments().isEmpty()
                ? ""
                : call.segments().get(call.segments().size() - 1);
    }
}
