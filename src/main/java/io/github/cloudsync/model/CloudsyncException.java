package io.github.cloudsync.model;

/**
 * The one failure hierarchy: every failure says what happened, what to do, and which exit code it means. The CLI turns
 * it into output in exactly one place.
 */
public abstract sealed class CloudsyncException extends RuntimeException
        permits GraphException, ProfileException, PlanException, UsageException {
    private final String whatToDo;

    protected CloudsyncException(String whatHappened, String whatToDo, Throwable cause) {
        super(whatHappened, cause);
        this.whatToDo = whatToDo;
    }

    /** One line telling the user how to fix or continue; may be empty. */
    public String whatToDo() {
        return whatToDo;
    }

    /** The process exit code this failure means (DESIGN.md section 5). */
    public int exitCode() {
        return 1;
    }
}
