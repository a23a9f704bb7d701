package io.github.cloudsync.cli;

import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.render.FailureJsonRenderer;
import io.github.cloudsync.render.FailureText;
import io.github.cloudsync.render.JsonText;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse (exit 64): picocli's message, suggestions and usage, with two additions. An
 * output-format option of other tools ({@code --output}, {@code -o}, {@code --format}) is pointed at {@code --json};
 * and when {@code --json} or {@code --json-lines} is among the arguments the failure is the JSON error document.
 */
final class UsageErrors implements IParameterExceptionHandler {
    private static final List<String> OTHER_TOOLS_FORMAT = List.of("--output", "-o", "--format", "-f");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String correction = correction(ex, cmd);
        boolean lines = Arrays.asList(args).contains(JsonOptions.JSON_LINES);
        if (lines || Arrays.asList(args).contains(JsonOptions.JSON)) {
            UsageException usage = new UsageException(ex.getMessage(), correction);
            err.print(JsonText.of(FailureJsonRenderer.tree(FailureText.of(usage), usage.exitCode()), lines));
        } else {
            err.println(ex.getMessage());
            if (correction.startsWith("did you mean")) {
                err.println(correction);
            } else if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
                cmd.usage(err);
            }
        }
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String correction(ParameterException ex, CommandLine cmd) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            boolean otherFormat = unmatched.getUnmatched().stream()
                    .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
                    .anyMatch(OTHER_TOOLS_FORMAT::contains);
            if (otherFormat && cmd.getCommandSpec().findOption(JsonOptions.JSON) != null) {
                return "did you mean --json? cloudsync writes JSON with --json (one line: --json-lines)"
                        + (cmd.getCommandSpec().findOption("--out") != null ? "; --out FILE saves the plan" : "");
            }
        }
        return "run `" + cmd.getCommandSpec().qualifiedName() + " --help`";
    }
}
