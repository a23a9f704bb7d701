package io.github.cloudsync.cli.violation;

import io.github.cloudsync.cli.GraphOptions;
import io.github.cloudsync.model.Profile;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * Deliberately breaks the read-only rule: a {@code status} command that reaches a writer through a class it calls.
 * Only the architecture test imports it.
 */
@Command(name = "status")
public final class StatusThatRestarts {
    public static void run(Profile profile, GraphOptions options, PrintWriter err) {
        JobRestarts.restart(profile, options, Map.of(), err);
    }
}
