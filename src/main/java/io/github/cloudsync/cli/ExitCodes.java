package io.github.cloudsync.cli;

/** The process exit codes (docs/architecture.md sections 5 and 8). */
final class ExitCodes {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int CHANGES = 2;
    /** drift and status: everything was read, nothing failed, and a job is quarantined (sync has stopped). */
    static final int QUARANTINED = 3;

    static final int USAGE = 64;

    private ExitCodes() {}
}
