package io.github.cloudsync.cli;

import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.render.FailureJsonRenderer;
import io.github.cloudsync.render.FailureText;
import io.github.cloudsync.render.JsonText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Where a command's failure becomes output ({@link FailureText}, as drift's entries do) and an exit code: text on
 * stderr, or under {@code --json}/{@code --json-lines} the JSON error document ({@code schemas/error.v1.schema.json}).
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        int code = ex instanceof CloudsyncException failure ? failure.exitCode() : ExitCodes.ERROR;
        FailureText text = FailureText.of(ex);
        ParseResult own = cmd.getParseResult();
        boolean lines = own.hasMatchedOption(JsonOptions.JSON_LINES);
        if (lines || own.hasMatchedOption(JsonOptions.JSON)) {
            cmd.getErr().print(JsonText.of(FailureJsonRenderer.tree(text, code), lines));
        } else {
            cmd.getErr().print(text.commandOutput());
        }
        cmd.getErr().flush();
        return code;
    }
}
