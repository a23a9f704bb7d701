package io.github.cloudsync.cli;

import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.graph.Sleeper;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.render.DriftReport;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Runs drift's classification in-process with a given session per profile and pause sleeper (e.g. virtual time). */
public final class DriftInProcess {
    private DriftInProcess() {}

    /** What {@code cloudsync drift FILES --parallelism N} reports, before rendering. */
    public static DriftReport run(
            List<Path> files, int parallelism, Function<Profile, GraphSession> sessions, Sleeper pauses) {
        return new DriftRun(sessions, parallelism, entry -> {}, pauses).run(files);
    }
}
