package io.github.cloudsync.testing;

import io.github.cloudsync.graph.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when something sleeps on it (every wait is recorded instead of spent), for the retry tests
 * and the reliability suite. It can be shared by the client (clock and sleeper) and the emulator (its request log's
 * timestamps and its replication lag): a Retry-After wait takes no wall time, yet shows in the emulator's timestamps.
 */
public final class VirtualTime extends Clock implements Sleeper {
    private Instant now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /** Starting at 2026-03-01T12:00:00Z. */
    public VirtualTime() {
        this(Instant.parse("2026-03-01T12:00:00Z"));
    }

    public VirtualTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("virtual time is UTC only");
    }
}
