package io.github.cloudsync.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Bounds on retrying Graph calls. Throttling (429/503/504) and lost answers: at most {@code maxAttempts} sends of one
 * call within {@code maxTotal}. Consistency (docs/graph.md section 16.1): right after a write, Graph may not show it
 * yet, so a 404/409/403 on an object this session created, a re-read that does not show this session's writes, or a
 * discover 500 is retried until a deadline, {@code consistencyWindow} after the write, never a count. Without
 * {@code Retry-After} the n-th wait is {@code baseDelay * 2^(n-1)}, capped at {@code maxDelay}, scaled by a jitter
 * factor in [0.5, 1).
 *
 * @param jitter returns a number in [0, 1); tests fix it
 */
public record RetryPolicy(
        int maxAttempts,
        Duration maxTotal,
        Duration baseDelay,
        Duration maxDelay,
        Duration consistencyWindow,
        DoubleSupplier jitter) {
    /**
     * Five sends within two minutes, waits from 1 s up to 16 s, and consistency retries until 60 s after a write: twice
     * the 30 s that Microsoft's own cloud sync script waits after its writes (docs/graph.md section 16.1).
     */
    public static RetryPolicy standard() {
        return new RetryPolicy(
                5,
                Duration.ofMinutes(2),
                Duration.ofSeconds(1),
                Duration.ofSeconds(16),
                Duration.ofSeconds(60),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (consistencyWindow.isNegative()) {
            throw new IllegalArgumentException("consistencyWindow must not be negative");
        }
    }

    /** Until when Graph may still not show a write made at {@code write}: the deadline of consistency retries. */
    public Instant consistencyDeadline(Instant write) {
        return write.plus(consistencyWindow);
    }

    /**
     * Whether {@code status} means Graph is busy or throttling (429, 503, 504): the one place that says so. The client
     * waits such an answer out ({@code Retry-After}, else {@link #backoff}); drift re-reads a profile the client gave
     * up on; advice says to wait.
     */
    public static boolean throttled(int status) {
        return status == 429 || status == 503 || status == 504;
    }

    /** The wait before the {@code retry}-th retry (1-based) when Graph did not say how long. */
    public Duration backoff(int retry) {
        long base = baseDelay.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(base, maxDelay.toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + jitter.getAsDouble() / 2)));
    }
}
