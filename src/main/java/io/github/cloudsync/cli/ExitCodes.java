package io.github.cloudsync.cli;

/** The process exit codes of docs/architecture.md section 5. */
final class ExitCodes {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int CHANGES = 2;
    static final int USAGE = 64;

    private ExitCodes() {}
}
