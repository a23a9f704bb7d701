package io.github.cloudsync.apply;

import io.github.cloudsync.graph.GraphReader;
import io.github.cloudsync.graph.GraphWriter;
import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a plan's steps in order through the Graph writer. On the first failure it stops: the failed step and every
 * later one are reported, and nothing is rolled back, because every step is safe to run again after a fresh plan.
 */
public final class Applier {
    private final GraphReader reader;
    private final GraphWriter writer;
    private final StepListener listener;

    public Applier(GraphReader reader, GraphWriter writer, StepListener listener) {
        this.reader = reader;
        this.writer = writer;
        this.listener = listener;
    }

    /** Applies {@code plan}, which was made from {@code live}; never throws for a failed step, it reports it. */
    public ApplyReport apply(LiveState live, Plan plan) {
        ApplyTargets targets = new ApplyTargets(reader, live);
        ActionRunner runner = new ActionRunner(reader, writer, targets);
        List<StepOutcome> outcomes = new ArrayList<>();
        List<Action> actions = plan.actions();
        boolean failed = false;
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            if (failed) {
                outcomes.add(new StepOutcome(action, StepOutcome.Status.SKIPPED, "not run: an earlier step failed"));
                continue;
            }
            listener.started(i + 1, actions.size(), action);
            StepOutcome outcome;
            try {
                outcome = new StepOutcome(action, StepOutcome.Status.DONE, runner.run(action));
            } catch (CloudsyncException e) {
                failed = true;
                outcome = StepOutcome.failed(action, e);
            }
            outcomes.add(outcome);
            listener.finished(i + 1, actions.size(), outcome);
        }
        return new ApplyReport(outcomes);
    }
}
