package io.github.cloudsync.cli;

import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.ProfileException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** The one place a failure becomes output: what happened, what to do, and the exit code. */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof CloudsyncException failure) {
            if (failure instanceof ProfileException profile) {
                profile.problems().forEach(err::println);
            }
            err.println("Error: " + failure.getMessage());
            if (failure instanceof GraphException graph && graph.requestId() != null) {
                err.println("  request-id: " + graph.requestId() + "  client-request-id: " + graph.clientRequestId());
            }
            if (failure.whatToDo() != null && !failure.whatToDo().isEmpty()) {
                err.println("  what to do: " + failure.whatToDo());
            }
            return failure.exitCode();
        }
        err.println("Error: unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        err.println("  what to do: run again with --verbose and report it if it persists");
        return ExitCodes.ERROR;
    }
}
