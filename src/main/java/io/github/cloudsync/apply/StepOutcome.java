package io.github.cloudsync.apply;

import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.plan.Action;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one plan step during an apply.
 *
 * @param message what the step did, or why it failed or was skipped
 * @param failure for a failed step, why it failed; empty otherwise
 */
public record StepOutcome(Action action, Status status, String message, Optional<CloudsyncException> failure) {
    /** Done, failed (the apply stopped here), or skipped because an earlier step failed. */
    public enum Status {
        DONE,
        FAILED,
        SKIPPED
    }

    public StepOutcome {
        Objects.requireNonNull(failure, "failure");
        if ((status == Status.FAILED) != failure.isPresent()) {
            throw new IllegalArgumentException("a failed step, and only a failed step, has a failure");
        }
    }

    /** A step that was done or skipped. */
    public StepOutcome(Action action, Status status, String message) {
        this(action, status, message, Optional.empty());
    }

    /** A step that failed for {@code failure}. */
    public static StepOutcome failed(Action action, CloudsyncException failure) {
        return new StepOutcome(action, Status.FAILED, failure.getMessage(), Optional.of(failure));
    }
}
