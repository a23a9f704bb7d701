package io.github.cloudsync.graph;

import io.github.cloudsync.model.GraphException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends a create (instantiate, POST jobs) so that a lost answer never makes a second object: it looks for what the
 * first attempt made, and since a list right after a write may lag (docs/graph.md section 16.1), it keeps looking until
 * the consistency deadline after the create before it sends the create again.
 */
final class LostCreates {
    private final GraphTransport transport;
    private final RetryPolicy policy;

    LostCreates(GraphTransport transport, RetryPolicy policy) {
        this.transport = transport;
        this.policy = policy;
    }

    /**
     * Sends {@code call} and parses its answer. After a lost answer, adopts what {@code reread} finds; only when nothing
     * shows by the consistency deadline is the create sent again, at most {@code maxAttempts} times in all.
     */
    <T> T create(GraphCall call, Supplier<Optional<T>> reread, Function<GraphResponse, T> parse) {
        for (int attempt = 1; ; attempt++) {
            try {
                return parse.apply(transport.sendCreate(call));
            } catch (ResponseLost lost) {
                Optional<T> existing = lookFor(reread);
                if (existing.isPresent()) {
                    return existing.get();
                }
                if (attempt >= policy.maxAttempts()) {
                    throw GraphException.of(
                            GraphException.Kind.CREATE_LOST,
                            "NoResponse",
                            call.method() + " " + call.target() + ": no answer from Graph, and nothing was created",
                            null);
                }
                transport.pause(attempt, "the unanswered create left nothing behind; sending it again");
            }
        }
    }

    /** Reads until {@code reread} finds something or the consistency deadline after the lost create passes. */
    private <T> Optional<T> lookFor(Supplier<Optional<T>> reread) {
        for (int read = 1; ; read++) {
            Optional<T> existing = reread.get();
            if (existing.isPresent()
                    || !transport.awaitConsistency(read, "looking for what the unanswered create made")) {
                return existing;
            }
        }
    }
}
