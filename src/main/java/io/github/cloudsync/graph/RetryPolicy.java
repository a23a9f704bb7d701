package io.github.cloudsync.graph;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Bounds on retrying one Graph call (docs/architecture.md section 3): at most {@code maxAttempts} sends within {@code
 * maxTotal}; without {@code Retry-After} the n-th wait is {@code baseDelay * 2^(n-1)}, capped at {@code maxDelay},
 * scaled by a jitter factor in [0.5, 1). 404/409/403 are retried only within {@code consistencyWindow} of the write
 * that created the object the call addresses.
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
    /** Five sends within two minutes, waits from 1 s up to 16 s, a 60 s consistency window after a create. */
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
