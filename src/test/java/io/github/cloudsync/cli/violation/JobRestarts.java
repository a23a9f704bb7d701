package io.github.cloudsync.cli.violation;

import io.github.cloudsync.cli.GraphOptions;
import io.github.cloudsync.cli.GraphSessionFactory;
import io.github.cloudsync.model.Profile;
import java.io.PrintWriter;
import java.util.Map;

/** What {@link StatusThatRestarts} calls: it opens the writing session. Only the architecture test imports it. */
final class JobRestarts {
    private JobRestarts() {}

    static void restart(Profile profile, GraphOptions options, Map<String, String> environment, PrintWriter err) {
        GraphSessionFactory.open(profile, options, environment, err).writer().restartJob("sp", "job", "Full");
    }
}
