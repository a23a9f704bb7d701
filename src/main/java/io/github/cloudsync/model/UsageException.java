package io.github.cloudsync.model;

/**
 * The command line or the environment is not usable as given (exit code 64). Its {@link #correction()} is the fix of
 * what was given (the right spelling of an option, the variable to set), so it is written where the mistake is found.
 */
public final class UsageException extends CloudsyncException {
    private final String correction;

    public UsageException(String whatHappened, String correction) {
        super(whatHappened, null);
        this.correction = correction;
    }

    @Override
    public String failureCode() {
        return "usage";
    }

    /** How to change the command line or the environment. */
    public String correction() {
        return correction;
    }

    @Override
    public int exitCode() {
        return 64;
    }
}
