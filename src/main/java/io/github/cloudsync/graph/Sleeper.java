package io.github.cloudsync.graph;

import java.time.Duration;

/** Waits between retries; injected so tests record the waits instead of spending them. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}
