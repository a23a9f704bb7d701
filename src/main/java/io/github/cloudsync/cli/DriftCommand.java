package io.github.cloudsync.cli;

import io.github.cloudsync.drift.DriftRun;
import io.github.cloudsync.drift.ProfileArguments;
import io.github.cloudsync.drift.Shard;
import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.render.DriftJsonRenderer;
import io.github.cloudsync.render.DriftMarkdownRenderer;
import io.github.cloudsync.render.DriftReport;
import io.github.cloudsync.render.DriftTextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cloudsync drift PATH...}: plans every profile (GETs only), several at a time, and reports each as in sync,
 * drifted or error, in the order given; with {@code --shard} only a share of them. Exit 1 any error, else 3 any job quarantined, else 2 any drifted, else 0.
 */
@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description = "Report which profiles drifted from their tenants. Sends only GET requests.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every profile is in sync",
            "1:a profile could not be checked (errors win)",
            "2:a profile drifted",
            "3:every profile was checked and a job is quarantined (sync has stopped; wins over drift)",
            "64:usage error"
        })
final class DriftCommand implements Callable<Integer> {
    static final int MAX_PARALLELISM = 64;

    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Profile files (YAML), or folders of them.")
    List<Path> paths;

    @Option(
            names = "--parallelism",
            paramLabel = "N",
            defaultValue = "8",
            description = "How many profiles to check at once (1-" + MAX_PARALLELISM + ", default ${DEFAULT-VALUE}).")
    int parallelism;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Sharding sharding;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Format format = new Format();

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    @Mixin
    GraphOptions graphOptions;

    /** The two ways to name a shard: both count from 0. */
    static final class Sharding {
        @Option(
                names = "--shard",
                paramLabel = "I/N",
                description = "Check only shard I of N (I from 0): a stable, even share of the profiles"
                        + " (docs/operations.md, Sharding). drift-report merge combines the shards' --json reports.")
        String shard;

        @Option(
                names = "--shard-count",
                paramLabel = "N",
                description =
                        "Check shard JOB_COMPLETION_INDEX of N, as in a Kubernetes Indexed Job with N completions.")
        Integer count;

        Shard shard(Map<String, String> environment) {
            return shard != null
                    ? Shard.parse(shard)
                    : Shard.fromCompletionIndex(environment.get("JOB_COMPLETION_INDEX"), count);
        }
    }

    /** The mutually exclusive format flags. */
    static final class Format {
        @Option(names = "--json", description = "Machine-readable JSON (schemas/drift.v1.schema.json).")
        boolean json;

        @Option(
                names = "--json-lines",
                description = "One JSON line per profile, then a summary line, for log collectors"
                        + " (schemas/drift-line.v1.schema.json).")
        boolean jsonLines;

        @Option(names = "--markdown", description = "Markdown, e.g. for a CI job summary.")
        boolean markdown;
    }

    DriftCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new UsageException(
                    "--parallelism must be between 1 and " + MAX_PARALLELISM + ", not " + parallelism,
                    "pass a smaller number; Graph throttles a tenant long before that");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProfileArguments arguments = ProfileArguments.expand(paths);
        if (sharding != null) {
            arguments = arguments.dealt(sharding.shard(terminal.environment()));
        }
        ProgressLine progress = new ProgressLine(err, arguments.files().size(), terminal.progress());
        DriftReport report;
        try (GraphSessions sessions = new GraphSessions(graphOptions, terminal.environment(), err)) {
            report = new DriftRun(sessions::of, parallelism, progress::finished).run(arguments);
        }
        progress.clear();
        if (format != null && format.jsonLines) {
            out.print(DriftJsonRenderer.lines(report));
        } else if (format != null && format.json) {
            out.print(DriftJsonRenderer.render(report));
        } else if (format != null && format.markdown) {
            out.print(DriftMarkdownRenderer.render(report));
        } else {
            out.print(DriftTextRenderer.render(report, terminal.colour(noColor)));
        }
        out.flush();
        return switch (report.signal()) {
            case ERROR -> ExitCodes.ERROR;
            case QUARANTINED -> ExitCodes.QUARANTINED;
            case DRIFTED -> ExitCodes.CHANGES;
            case IN_SYNC -> ExitCodes.OK;
        };
    }
}
