package io.github.cloudsync.testing;

import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Round trips in an emulator request log: what the apply test and the round-trips benchmark both count. */
public final class RoundTrips {
    private RoundTrips() {}

    /** The longest chain of requests each started after the one before it ended: overlapping requests are one trip. */
    public static int depth(List<LoggedRequest> log) {
        List<LoggedRequest> sorted = log.stream()
                .sorted(Comparator.comparing(r -> Instant.parse(r.startedAt())))
                .toList();
        int[] depth = new int[sorted.size()];
        int deepest = 0;
        for (int i = 0; i < sorted.size(); i++) {
            depth[i] = 1;
            Instant started = Instant.parse(sorted.get(i).startedAt());
            for (int j = 0; j < i; j++) {
                if (!started.isBefore(Instant.parse(sorted.get(j).endedAt()))) {
                    depth[i] = Math.max(depth[i], depth[j] + 1);
                }
            }
            deepest = Math.max(deepest, depth[i]);
        }
        return deepest;
    }
}
