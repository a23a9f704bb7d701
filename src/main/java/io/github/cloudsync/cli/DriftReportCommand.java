package io.github.cloudsync.cli;

import io.github.cloudsync.drift.ReportMerge;
import io.github.cloudsync.render.MergedDriftJsonRenderer;
import io.github.cloudsync.render.MergedDriftReport;
import io.github.cloudsync.render.MergedDriftTextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cloudsync drift-report}: what can be done with drift's {@code --json} reports; today, merge them. */
@Command(
        name = "drift-report",
        mixinStandardHelpOptions = true,
        description = "Work with drift --json reports, e.g. those of drift --shard.",
        subcommands = DriftReportCommand.Merge.class)
final class DriftReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "drift-report needs a subcommand: merge");
    }

    /**
     * {@code cloudsync drift-report merge REPORT...}: one report and one exit code from the shards' reports, with
     * drift's precedence (1, then 3, then 2, then 0); a missing, repeated or inconsistent shard is an error.
     */
    @Command(
            name = "merge",
            mixinStandardHelpOptions = true,
            exitCodeOnInvalidInput = ExitCodes.USAGE,
            description = "Combine drift --json reports (e.g. one per shard) into one report and one exit code."
                    + " Sends no request.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:every profile is in sync",
                "1:a profile could not be checked, or a report is missing, repeated or unreadable (errors win)",
                "2:a profile drifted",
                "3:no error and a job is quarantined (wins over drift)",
                "64:usage error"
            })
    static final class Merge implements Callable<Integer> {
        private final Terminal terminal;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "REPORT", description = "drift --json reports, e.g. one per shard.")
        List<Path> reports;

        @Option(
                names = "--json",
                description = "The merged report as drift --json writes one (schemas/drift.v1.schema.json).")
        boolean json;

        @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR is honoured too).")
        boolean noColor;

        Merge(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            MergedDriftReport merged = ReportMerge.merge(reports);
            PrintWriter out = spec.commandLine().getOut();
            out.print(
                    json
                            ? MergedDriftJsonRenderer.render(merged)
                            : MergedDriftTextRenderer.render(merged, terminal.colour(noColor)));
            out.flush();
            return switch (merged.signal()) {
                case ERROR -> ExitCodes.ERROR;
                case QUARANTINED -> ExitCodes.QUARANTINED;
                case DRIFTED -> ExitCodes.CHANGES;
                case IN_SYNC -> ExitCodes.OK;
            };
        }
    }
}
