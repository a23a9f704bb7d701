package io.github.cloudsync.drift;

import io.github.cloudsync.graph.ReadOnlyGraphSession;
import io.github.cloudsync.graph.RetryPolicy;
import io.github.cloudsync.graph.Sleeper;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ProfileException;
import io.github.cloudsync.model.SecretsLost;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.plan.SecretLoss;
import io.github.cloudsync.profile.LoadResult;
import io.github.cloudsync.profile.Problem;
import io.github.cloudsync.profile.ProfileLoader;
import io.github.cloudsync.profile.ProfileSet;
import io.github.cloudsync.read.PlanRun;
import io.github.cloudsync.render.DriftReport;
import io.github.cloudsync.render.FailureText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Plans many profiles at once, at most {@code parallelism} at a time, and classifies each: in sync, drifted or error.
 * Nothing a profile does (a bad file, a wrong tenant, an unreachable Graph) stops the others. Throttling slows a profile
 * down but does not fail it: the Graph client already waits out {@code Retry-After}, and when it gives up on a 429, 503
 * or 504 this class waits longer (with jitter, so throttled profiles do not come back together) and reads the profile
 * again, up to {@link #THROTTLED_READS} times.
 */
public final class DriftRun {
    /** How often one profile is read when Graph keeps throttling it. */
    public static final int THROTTLED_READS = 6;

    private static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);

    private final ProfileLoader loader = new ProfileLoader();
    private final Function<Profile, ReadOnlyGraphSession> sessions;
    private final int parallelism;
    private final Consumer<DriftReport.Entry> finished;
    private final Sleeper pauses;

    /**
     * A run that pauses on the system clock.
     *
     * @param sessions the session for a profile; profiles of one tenant may share one
     * @param finished told of every profile as it finishes, from worker threads (for a progress line)
     */
    public DriftRun(
            Function<Profile, ReadOnlyGraphSession> sessions, int parallelism, Consumer<DriftReport.Entry> finished) {
        this(sessions, parallelism, finished, Sleeper.system());
    }

    /**
     * A run with its own sessions and pauses.
     *
     * @param sessions the session for a profile
     * @param pauses waits between re-reads (tests pass a virtual clock)
     */
    public DriftRun(
            Function<Profile, ReadOnlyGraphSession> sessions,
            int parallelism,
            Consumer<DriftReport.Entry> finished,
            Sleeper pauses) {
        this.sessions = sessions;
        this.parallelism = parallelism;
        this.finished = finished;
        this.pauses = pauses;
    }

    /** The arguments' entries: those that could not be listed first, then every file's in the order given. */
    public DriftReport run(ProfileArguments arguments) {
        List<DriftReport.Entry> entries = new ArrayList<>(arguments.unlisted());
        entries.addAll(run(arguments.files()).entries());
        return new DriftReport(entries, arguments.share());
    }

    /**
     * Every file's entry, in the order of {@code files} whatever order they finish in. The files are loaded first, so
     * profiles that disagree on a tenant-wide field or clash (name, configuration, AD domain: {@link ProfileSet#conflicts})
     * are errors before any request is sent for them.
     */
    public DriftReport run(List<Path> files) {
        // the loader is thread-safe, and a fleet's thousands of files load on every core before the first request
        List<LoadResult> loaded = files.parallelStream().map(loader::check).toList();
        // the same checks across files as validate makes over them
        List<Problem> disagreements = ProfileSet.conflicts(loaded);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, files.size())), r -> {
            Thread thread = new Thread(r, "cloudsync-drift");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<DriftReport.Entry>> pending = new ArrayList<>();
            for (LoadResult file : loaded) {
                List<String> disagreeing = disagreements.stream()
                        .filter(d -> d.file().equals(file.file()))
                        .map(Problem::format)
                        .toList();
                pending.add(workers.submit(() -> {
                    DriftReport.Entry entry = check(file, disagreeing);
                    finished.accept(entry);
                    return entry;
                }));
            }
            List<DriftReport.Entry> entries = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                entries.add(join(pending.get(i), files.get(i)));
            }
            return new DriftReport(entries);
        } finally {
            workers.shutdownNow();
        }
    }

    private DriftReport.Entry check(LoadResult loaded, List<String> disagreeing) {
        String shown = loaded.file();
        if (!loaded.valid()) {
            return DriftReport.Entry.failed(
                    shown,
                    null,
                    null,
                    FailureText.of(ProfileException.oneOfMany(shown, loaded.formatted()))
                            .driftFailure());
        }
        Profile profile = loaded.profile().orElseThrow();
        if (!disagreeing.isEmpty()) {
            return DriftReport.Entry.failed(
                    shown,
                    profile.name(),
                    profile.tenant().id(),
                    FailureText.of(ProfileException.disagreeing(shown, disagreeing))
                            .driftFailure());
        }
        try {
            PlanRun run = readPatiently(profile, shown);
            List<String> lost = SecretLoss.seen(run.live().secrets());
            if (!lost.isEmpty()) {
                // cloudsync cannot put a masked key back, so this is no drift a plan reverts: it is an error to act on
                String servicePrincipalId =
                        run.live().servicePrincipal().map(ServicePrincipal::id).orElse("");
                return DriftReport.Entry.failed(
                        shown,
                        profile.name(),
                        profile.tenant().id(),
                        FailureText.of(new SecretsLost(servicePrincipalId, lost, SecretsLost.Seen.LATER))
                                .driftFailure());
            }
            return DriftReport.Entry.compared(
                    shown,
                    profile.name(),
                    profile.tenant().id(),
                    run.plan(),
                    run.warnings(),
                    run.live().jobs());
        } catch (RuntimeException e) {
            return DriftReport.Entry.failed(
                    shown,
                    profile.name(),
                    profile.tenant().id(),
                    FailureText.of(e).driftFailure());
        }
    }

    private PlanRun readPatiently(Profile profile, String shown) {
        for (int read = 1; ; read++) {
            try {
                return PlanRun.compare(profile, shown, sessions.apply(profile));
            } catch (GraphException e) {
                if (!RetryPolicy.throttled(e.status()) || read >= THROTTLED_READS) {
                    throw e;
                }
                pause(read);
            }
        }
    }

    private void pause(int read) {
        long longest = Math.min(FIRST_PAUSE.toMillis() << (read - 1), LONGEST_PAUSE.toMillis());
        long wait = longest / 2 + ThreadLocalRandom.current().nextLong(longest / 2 + 1);
        try {
            pauses.sleep(Duration.ofMillis(wait));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting out throttling", e);
        }
    }

    private static DriftReport.Entry join(Future<DriftReport.Entry> entry, Path file) {
        try {
            return entry.get();
        } catch (ExecutionException e) {
            return DriftReport.Entry.failed(
                    file.toString(), null, null, FailureText.of(e.getCause()).driftFailure());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the profiles", e);
        }
    }
}
