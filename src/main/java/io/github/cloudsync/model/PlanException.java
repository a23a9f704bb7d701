package io.github.cloudsync.model;

/** A plan could not be made, applied or trusted: stale saved plan, failed step, or no convergence after apply. */
public non-sealed class PlanException extends CloudsyncException {
    public PlanException(String whatHappened, String whatToDo) {
        super(whatHappened, whatToDo, null);
    }

    public PlanException(String whatHappened, String whatToDo, Throwable cause) {
        super(whatHappened, whatToDo, cause);
    }
}
