package io.github.cloudsync.cli;

import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.render.FailureText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Where a command's failure becomes output ({@link FailureText}, as drift's entries do) and an exit code. */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        cmd.getErr().print(FailureText.of(ex).commandOutput());
        cmd.getErr().flush();
        return ex instanceof CloudsyncException failure ? failure.exitCode() : ExitCodes.ERROR;
    }
}
