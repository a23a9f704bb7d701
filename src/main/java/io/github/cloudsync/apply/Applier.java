package io.github.cloudsync.apply;

import io.github.cloudsync.graph.GraphReader;
import io.github.cloudsync.graph.GraphWriter;
import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a plan's steps through the Graph writer, independent steps at the same time ({@link StepDependencies}, at most
 * {@code parallelism} at once). On the first failure nothing new starts: the steps already running finish, and every
 * step not started is reported skipped. Nothing is rolled back, because every step is safe to run again after a fresh
 * plan. The listener hears of the steps in plan order, whatever order they finished in, and the report is in plan order.
 */
public final class Applier {
    /** Steps in flight at once by default: an empty tenant's apply never has more than three ready together. */
    public static final int DEFAULT_PARALLELISM = 4;

    private final GraphReader reader;
    private final GraphWriter writer;
    private final StepListener listener;
    private final int parallelism;

    public Applier(GraphReader reader, GraphWriter writer, StepListener listener) {
        this(reader, writer, listener, DEFAULT_PARALLELISM);
    }

    /** @param parallelism the most steps in flight at once; 1 runs them one after another in plan order */
    public Applier(GraphReader reader, GraphWriter writer, StepListener listener, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.reader = reader;
        this.writer = writer;
        this.listener = listener;
        this.parallelism = parallelism;
    }

    /**
     * What one task came to: a step's run ({@code index}, its outcome and the check it left) or a check's
     * ({@code checked}: for each step it checked, the failure or nothing), or the bug it hit (anything but a
     * {@link CloudsyncException}).
     */
    private record Finished(
            int index,
            StepOutcome outcome,
            Optional<StepCheck> check,
            Map<Integer, Optional<CloudsyncException>> checked,
            RuntimeException bug) {
        static Finished step(int index, StepOutcome outcome, Optional<StepCheck> check) {
            return new Finished(index, outcome, check, Map.of(), null);
        }

        static Finished checks(Map<Integer, Optional<CloudsyncException>> checked) {
            return new Finished(-1, null, Optional.empty(), checked, null);
        }

        static Finished bug(RuntimeException bug) {
            return new Finished(-1, null, Optional.empty(), Map.of(), bug);
        }
    }

    /**
     * Applies {@code plan}, which was made from {@code live}; never throws for a failed step, it reports it. A step that
     * leaves a check ({@link StepCheck}) is done when its check passed; the checks that wait together run together,
     * when a step waits for nothing else, and always before the report, also after a failure.
     */
    public ApplyReport apply(LiveState live, Plan plan) {
        ApplyTargets targets = new ApplyTargets(reader, live);
        ActionRunner runner = new ActionRunner(writer, targets);
        StepChecks checks = new StepChecks(reader, writer, targets);
        List<Action> actions = plan.actions();
        StepDependencies dependencies = StepDependencies.of(actions);
        int[] waiting = new int[actions.size()];
        boolean[] started = new boolean[actions.size()];
        for (int i = 0; i < actions.size(); i++) {
            waiting[i] = dependencies.waitsFor().get(i).size();
        }
        StepOutcome[] outcomes = new StepOutcome[actions.size()];
        StepOutcome[] unchecked = new StepOutcome[actions.size()];
        Map<Integer, StepCheck> toCheck = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, work -> {
            Thread thread = new Thread(work, "cloudsync-apply");
            thread.setDaemon(true);
            return thread;
        });
        ExecutorCompletionService<Finished> done = new ExecutorCompletionService<>(pool);
        Reporter reporter = new Reporter(listener, outcomes);
        RuntimeException bug = null;
        boolean stopped = false;
        int running = 0;
        try {
            while (true) {
                boolean waitsForChecks = false;
                List<Integer> startable = new ArrayList<>();
                for (int i = 0; i < actions.size() && !stopped; i++) {
                    if (started[i] || waiting[i] > 0) {
                        continue;
                    }
                    Set<Integer> checkedFirst = dependencies.checkedFirst().get(i);
                    if (checkedFirst.stream().allMatch(j -> outcomes[j] != null)) {
                        startable.add(i);
                    } else {
                        // a check already running is waited for, not sent again with the ones left since
                        waitsForChecks |= checkedFirst.stream().anyMatch(toCheck::containsKey);
                    }
                }
                // checks a step waits for go first; after a failure, or when nothing else is left to run, the rest
                if (!toCheck.isEmpty() && ((waitsForChecks && running < parallelism) || stopped)) {
                    running += submitChecks(checks, toCheck, done);
                }
                for (int index : startable) {
                    if (running >= parallelism) {
                        break;
                    }
                    Action action = actions.get(index);
                    started[index] = true;
                    listener.started(index + 1, actions.size(), action);
                    done.submit(() -> run(runner, index, action));
                    running++;
                }
                if (running == 0 && !toCheck.isEmpty()) {
                    running += submitChecks(checks, toCheck, done);
                }
                if (running == 0) {
                    break;
                }
                Finished finished = take(done);
                running--;
                if (finished.bug() != null) {
                    bug = bug == null ? finished.bug() : bug;
                    stopped = true;
                    continue;
                }
                if (finished.outcome() == null) {
                    finished.checked()
                            .forEach((index, failure) ->
                                    outcomes[index] = failure.map(e -> StepOutcome.failed(actions.get(index), e))
                                            .orElse(unchecked[index]));
                    stopped |= finished.checked().values().stream().anyMatch(Optional::isPresent);
                } else if (finished.outcome().status() == StepOutcome.Status.FAILED) {
                    outcomes[finished.index()] = finished.outcome();
                    stopped = true;
                } else {
                    if (finished.check().isPresent()) {
                        unchecked[finished.index()] = finished.outcome();
                        toCheck.put(finished.index(), finished.check().get());
                    } else {
                        outcomes[finished.index()] = finished.outcome();
                    }
                    for (int follower : dependencies.followers(finished.index())) {
                        waiting[follower]--;
                    }
                }
                reporter.reportFinished();
            }
        } finally {
            pool.shutdownNow();
        }
        if (bug != null) {
            throw bug;
        }
        if (!stopped && reporter.unfinished()) {
            throw new IllegalStateException("the plan's steps wait for each other in a cycle");
        }
        return reporter.report(actions, targets);
    }

    private static Finished run(ActionRunner runner, int index, Action action) {
        try {
            ActionRunner.Ran ran = runner.run(action);
            return Finished.step(index, new StepOutcome(action, StepOutcome.Status.DONE, ran.message()), ran.check());
        } catch (CloudsyncException e) {
            return Finished.step(index, StepOutcome.failed(action, e), Optional.empty());
        } catch (RuntimeException e) {
            return Finished.bug(e);
        }
    }

    /** Sends the checks {@code toCheck} holds, then forgets them; answers how many tasks went out. */
    private static int submitChecks(
            StepChecks checks, Map<Integer, StepCheck> toCheck, ExecutorCompletionService<Finished> done) {
        List<Callable<Map<Integer, Optional<CloudsyncException>>>> tasks = checks.tasks(toCheck);
        tasks.forEach(task -> done.submit(() -> check(task)));
        toCheck.clear();
        return tasks.size();
    }

    private static Finished check(Callable<Map<Integer, Optional<CloudsyncException>>> task) {
        try {
            return Finished.checks(task.call());
        } catch (RuntimeException e) {
            return Finished.bug(e);
        } catch (Exception e) {
            return Finished.bug(new IllegalStateException("a check ended without a result", e));
        }
    }

    private static Finished take(ExecutorCompletionService<Finished> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while applying", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a step's run ended without an outcome", e.getCause());
        }
    }

    /** Tells the listener of finished steps in plan order, skipping the steps that never ran; then makes the report. */
    private static final class Reporter {
        private final StepListener listener;
        private final StepOutcome[] outcomes;
        private int next;

        Reporter(StepListener listener, StepOutcome[] outcomes) {
            this.listener = listener;
            this.outcomes = outcomes;
        }

        /** Reports every step up to the first one still unfinished. */
        void reportFinished() {
            while (next < outcomes.length && outcomes[next] != null) {
                listener.finished(next + 1, outcomes.length, outcomes[next]);
                next++;
            }
        }

        boolean unfinished() {
            return next < outcomes.length;
        }

        /** The rest of the finished steps, then the report, with every step that never ran skipped. */
        ApplyReport report(List<Action> actions, ApplyTargets targets) {
            List<StepOutcome> steps = new ArrayList<>();
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i] == null) {
                    steps.add(new StepOutcome(
                            actions.get(i), StepOutcome.Status.SKIPPED, "not run: an earlier step failed"));
                } else {
                    if (i >= next) {
                        listener.finished(i + 1, outcomes.length, outcomes[i]);
                    }
                    steps.add(outcomes[i]);
                }
            }
            return new ApplyReport(
                    steps,
                    targets.knownServicePrincipalId(),
                    targets.knownJobId(JobTemplate.PROVISIONING),
                    targets.readsAfterWrites());
        }
    }
}
