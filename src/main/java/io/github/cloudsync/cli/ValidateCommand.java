package io.github.cloudsync.cli;

import io.github.cloudsync.profile.LoadResult;
import io.github.cloudsync.profile.Problem;
import io.github.cloudsync.profile.ProfileFiles;
import io.github.cloudsync.profile.ProfileLoader;
import io.github.cloudsync.profile.ProfileSet;
import io.github.cloudsync.render.ValidateJsonRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `cloudsync validate PROFILE...`: checks every file offline and reports every problem of every file, then the clashes
 * between them (same name, same configuration). A folder stands for its .yaml/.yml files. A missing or unreadable file
 * is a problem of that file (exit 1), not a usage error; no argument at all is a usage error (exit 64).
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

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "Profile files (YAML), or folders of them.")
    List<Path> profiles;

    @Mixin
    JsonOptions json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProfileLoader loader = ProfileLoader.shared();
        List<LoadResult> results =
                ProfileFiles.expand(profiles).stream().map(loader::check).toList();
        List<Problem> conflicts = ProfileSet.conflicts(results);
        List<ValidateJsonRenderer.FileResult> checked = results.stream()
                .map(result -> {
                    List<Problem> problems = new ArrayList<>(result.problems());
                    conflicts.stream()
                            .filter(c -> c.file().equals(result.file()))
                            .forEach(problems::add);
                    return new ValidateJsonRenderer.FileResult(result.file(), result.profile(), problems);
                })
                .toList();
        boolean allValid = checked.stream().allMatch(f -> f.problems().isEmpty());
        if (json.any()) {
            json.print(out, ValidateJsonRenderer.tree(checked));
            return allValid ? ExitCodes.OK : ExitCodes.ERROR;
        }
        for (ValidateJsonRenderer.FileResult result : checked) {
            List<Problem> problems = result.problems();
            if (problems.isEmpty()) {
                out.println(result.file() + ": valid");
                continue;
            }
            problems.forEach(problem -> err.println(problem.format()));
            err.println(result.file() + ": invalid, " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems"));
        }
        return allValid ? ExitCodes.OK : ExitCodes.ERROR;
    }
}
