package io.github.cloudsync.cli;

import io.github.cloudsync.graph.ReadOnlyGraphSession;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.read.ConfigurationRead;
import io.github.cloudsync.render.StatusJsonRenderer;
import io.github.cloudsync.render.StatusReport;
import io.github.cloudsync.render.StatusTextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudsync status -p PROFILE}: each job's schedule, status, quarantine and runs, read with GETs only. Exit 3
 * when a job is quarantined, so a scheduled run notices that sync has stopped.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show the configuration's jobs: schedule, status, quarantine, last run. Sends only GET requests.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:shown, no job quarantined",
            "1:error, or no such configuration",
            "3:shown, and a job is quarantined (sync has stopped)",
            "64:usage"
        })
final class StatusCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-p", "--profile"},
            required = true,
            paramLabel = "PROFILE",
            description = "The profile file.")
    Path profile;

    @Mixin
    JsonOptions json;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    @Mixin
    GraphOptions graphOptions;

    StatusCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile loaded = OneProfile.load(profile, "status");
        try (ReadOnlyGraphSession graph =
                GraphSessionFactory.openReadOnly(loaded, graphOptions, terminal.environment(), err)) {
            ConfigurationRead read = ConfigurationRead.read(loaded, profile.toString(), graph.reader());
            read.warnings().forEach(w -> err.println("Warning: " + w));
            StatusReport report = report(read);
            if (json.any()) {
                json.print(out, StatusJsonRenderer.tree(report));
            } else {
                out.print(StatusTextRenderer.render(report, terminal.colour(noColor)));
                out.flush();
            }
            return report.quarantinedJobs() > 0 ? ExitCodes.QUARANTINED : ExitCodes.OK;
        }
    }

    /** The status report, managed jobs first in template order (provisioning, password hash, Exchange), then by id. */
    private static StatusReport report(ConfigurationRead read) {
        Comparator<Job> order = Comparator.<Job>comparingInt(
                        j -> j.template().map(JobTemplate::ordinal).orElse(JobTemplate.values().length))
                .thenComparing(Job::id);
        return new StatusReport(
                read.profile().name(),
                read.profileArgument(),
                read.profile().tenant().id(),
                read.servicePrincipal(),
                read.deleteThreshold(),
                read.jobs().stream().sorted(order).toList());
    }
}
