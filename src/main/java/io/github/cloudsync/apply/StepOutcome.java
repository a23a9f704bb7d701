package io.github.cloudsync.apply;

import io.github.cloudsync.plan.Action;

/** What became of one plan step during an apply. */
public record StepOutcome(Action action, Status status, String message) {
    /** Done, failed (the apply stopped here), or skipped because an earlier step failed. */
    public enum Status {
        DONE,
        FAILED,
        SKIPPED
    }
}
