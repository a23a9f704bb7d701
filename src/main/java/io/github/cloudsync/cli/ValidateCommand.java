package io.github.cloudsync.cli;

import io.github.cloudsync.profile.LoadResult;
import io.github.cloudsync.profile.ProfileLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `cloudsync validate PROFILE...`: checks every file offline and reports every problem of every file. A missing or
 * unreadable file is a problem of that file (exit 1), not a usage error; no file at all is a usage error (exit 64).
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check profiles offline against the schema and semantic rules.",
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every profile is valid", "1:a profile has problems or cannot be read", "64:usage error"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "Profile files (YAML) to check.")
    List<Path> profiles;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProfileLoader loader = new ProfileLoader();
        boolean allValid = true;
        for (Path profile : profiles) {
            LoadResult result = loader.check(profile);
            if (result.valid()) {
                out.println(result.file() + ": valid");
            } else {
                allValid = false;
                result.formatted().forEach(err::println);
                int count = result.problems().size();
                err.println(result.file() + ": invalid, " + count + (count == 1 ? " problem" : " problems"));
            }
        }
        return allValid ? ExitCodes.OK : ExitCodes.ERROR;
    }
}
