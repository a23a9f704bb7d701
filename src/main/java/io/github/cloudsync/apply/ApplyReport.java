package io.github.cloudsync.apply;

import io.github.cloudsync.graph.ReadsAfterWrites;
import io.github.cloudsync.model.StepFailed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every step of an apply in plan order, with what became of it, and the service principal and provisioning job the
 * configuration has after it (as far as the apply knows them: read before it, or made by it), and what it read after
 * its last write of it ({@code reads}, for the convergence re-read).
 */
public record ApplyReport(
        List<StepOutcome> steps,
        Optional<String> servicePrincipalId,
        Optional<String> provisioningJobId,
        ReadsAfterWrites reads) {
    public ApplyReport {
        steps = List.copyOf(steps);
        Objects.requireNonNull(servicePrincipalId, "servicePrincipalId");
        Objects.requireNonNull(provisioningJobId, "provisioningJobId");
        Objects.requireNonNull(reads, "reads");
    }

    /** A report that knows no ids. */
    public ApplyReport(List<StepOutcome> steps) {
        this(steps, Optional.empty(), Optional.empty(), ReadsAfterWrites.NONE);
    }

    public boolean succeeded() {
        return steps.stream().allMatch(s -> s.status() == StepOutcome.Status.DONE);
    }

    public long count(StepOutcome.Status status) {
        return steps.stream().filter(s -> s.status() == status).count();
    }

    /** The failure of the step that stopped the apply; empty when every step was done. */
    public Optional<StepFailed> failure() {
        return steps.stream()
                .filter(s -> s.status() == StepOutcome.Status.FAILED)
                .findFirst()
                .map(failed -> new StepFailed(
                        failed.action().address(), failed.failure().orElseThrow()));
    }
}
