package io.github.cloudsync.apply;

import java.util.List;

/** Every step of an apply in plan order, with what became of it. */
public record ApplyReport(List<StepOutcome> steps) {
    public ApplyReport {
        steps = List.copyOf(steps);
    }

    public boolean succeeded() {
        return steps.stream().allMatch(s -> s.status() == StepOutcome.Status.DONE);
    }

    public long count(StepOutcome.Status status) {
        return steps.stream().filter(s -> s.status() == status).count();
    }
}
