package io.github.cloudsync.graph;

import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.testing.EmulatorControl;
import io.github.cloudsync.testing.EmulatorFixture;
import io.github.cloudsync.testing.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real {@link GraphEmulator} on 127.0.0.1:0, its control plane, and a {@link GraphSession} pointed at it with an
 * injected clock and sleeper and a captured {@code --verbose --verbose} trace. Not a mock: every call is real HTTP.
 */
final class EmulatedGraph implements AutoCloseable {
    static final String VERSION = "9.9.9-test";

    private final EmulatorFixture fixture = EmulatorFixture.start();
    final GraphEmulator emulator = fixture.emulator();
    final EmulatorControl control = fixture.control();
    final VirtualTime clock = new VirtualTime();
    final List<String> trace = new CopyOnWriteArrayList<>();
    private final List<GraphSession> sessions = new ArrayList<>();

    /** A fixed-jitter policy: five attempts, 1 s base, 60 s total, 60 s consistency window. */
    static RetryPolicy policy() {
        return new RetryPolicy(
                5,
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                Duration.ofSeconds(8),
                Duration.ofSeconds(60),
                () -> 0.5);
    }

    GraphEndpoint endpoint() {
        return GraphEndpoint.of(Cloud.GLOBAL, emulator.baseUri().toString(), "beta");
    }

    /** A session with the manual clock and sleeper, {@link #policy()}, and verbosity 2 into {@link #trace}. */
    GraphSession session() {
        return session(GraphSettings.of(endpoint(), TokenProvider.emulator(), VERSION), clock, clock, policy());
    }

    GraphSession session(GraphSettings base, InstantSource clockToUse, Sleeper sleeper, RetryPolicy policy) {
        Redactor redactor = new Redactor();
        GraphSettings settings =
                base.withTrace(new HttpTrace(2, trace::add, redactor)).withRetries(policy, clockToUse, sleeper);
        GraphSession session = GraphSession.open(settings);
        sessions.add(session);
        return session;
    }

    /** A session that really sleeps (short waits), for faults whose windows run on the emulator's wall clock. */
    GraphSession realTimeSession(Duration baseDelay) {
        RetryPolicy quick = new RetryPolicy(
                8, Duration.ofSeconds(20), baseDelay, baseDelay.multipliedBy(4), Duration.ofSeconds(60), () -> 0.5);
        return session(
                GraphSettings.of(endpoint(), TokenProvider.emulator(), VERSION),
                InstantSource.system(),
                Sleeper.system(),
                quick);
    }

    /** The statuses the emulator logged for requests whose path matches {@code regex}. */
    List<Integer> statuses(String method, String regex) {
        return control.requests().stream()
                .filter(r -> r.method().equals(method)
                        && java.util.regex.Pattern.compile(regex)
                                .matcher(r.path())
                                .find())
                .map(EmulatorControl.LoggedRequest::status)
                .toList();
    }

    /**
     * The round-trip depth of the logged requests: the longest chain in which each request started after the one
     * before it had ended. Requests in flight together (overlapping intervals) are one round trip.
     */
    int roundTripDepth() {
        List<EmulatorControl.LoggedRequest> requests = control.requests().stream()
                .sorted(java.util.Comparator.comparing(r -> Instant.parse(r.startedAt())))
                .toList();
        int[] depth = new int[requests.size()];
        int deepest = 0;
        for (int i = 0; i < requests.size(); i++) {
            depth[i] = 1;
            Instant started = Instant.parse(requests.get(i).startedAt());
            for (int j = 0; j < i; j++) {
                if (!started.isBefore(Instant.parse(requests.get(j).endedAt()))) {
                    depth[i] = Math.max(depth[i], depth[j] + 1);
                }
            }
            deepest = Math.max(deepest, depth[i]);
        }
        return deepest;
    }

    @Override
    public void close() {
        sessions.forEach(GraphSession::close);
        fixture.close();
    }
}
