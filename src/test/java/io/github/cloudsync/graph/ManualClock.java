package io.github.cloudsync.graph;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when something sleeps on it: the injected clock and sleeper of the retry tests, which
 * record every wait instead of spending it.
 */
final class ManualClock implements InstantSource, Sleeper {
    private Instant now = Instant.parse("2026-03-01T12:00:00Z");
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
