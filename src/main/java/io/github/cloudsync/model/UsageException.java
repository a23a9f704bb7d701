package io.github.cloudsync.model;

/** The command line or the environment is not usable as given (exit code 64). */
public final class UsageException extends CloudsyncException {
    public UsageException(String whatHappened, String whatToDo) {
        super(whatHappened, whatToDo, null);
    }

    @Override
    public int exitCode() {
        return 64;
    }
}
