package io.github.cloudsync.apply;

import io.github.cloudsync.plan.Action;

/**
 * What became of one plan step during an apply.
 *
 * @param message what the step did, or why it failed or was skipped
 * @param whatToDo for a failed step, what the person should do about it; empty otherwise
 */
public record StepOutcome(Action action, Status status, String message, String whatToDo) {
    /** Done, failed (the apply stopped here), or skipped because an earlier step failed. */
    public enum Status {
        DONE,
        FAILED,
        SKIPPED
    }

    public StepOutcome {
        whatToDo = whatToDo == null ? "" : whatToDo;
    }

    /** An outcome with nothing to do about it. */
    public StepOutcome(Action action, Status status, String message) {
        this(action, status, message, "");
    }
}
