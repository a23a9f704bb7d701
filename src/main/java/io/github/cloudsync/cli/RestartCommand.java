package io.github.cloudsync.cli;

import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.read.ConfigurationRead;
import io.github.cloudsync.render.StatusTextRenderer;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudsync restart --scope full|quarantine}: restarts a job with resetScope {@code Full} or
 * {@code QuarantineState} (docs/graph.md section 4.5), after confirmation. Held deletes are never released here: that is
 * {@code allow-deletes}, and {@code --scope quarantine} refuses a job that holds deletes (TooManyDeletes) and names it.
 */
@Command(
        name = "restart",
        mixinStandardHelpOptions = true,
        description = "Restart a job with a reset scope, after confirmation.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:restarted", "1:refused (--scope quarantine on held deletes), cancelled or error", "64:usage"
        })
final class RestartCommand implements Callable<Integer> {
    /** The scopes offered and what each means in Graph. */
    enum Scope {
        full(
                "Full",
                "clears the connector data store, escrows and watermark and lifts any quarantine: the next run"
                        + " re-evaluates every object (a full sync)"),
        quarantine("QuarantineState", "lifts the quarantine; the job carries on from where it was");

        final String resetScope;
        final String effect;

        Scope(String resetScope, String effect) {
            this.resetScope = resetScope;
            this.effect = effect;
        }
    }

    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Option(names = "--scope", required = true, paramLabel = "SCOPE", description = "full | quarantine")
    Scope scope;

    @Mixin
    JobCommandOptions options;

    RestartCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // under --json stdout holds only the document: what a person reads goes to stderr
        PrintWriter out = options.json.any() ? err : stdout;
        boolean colour = terminal.colour(options.noColor) && !options.json.any();
        Profile loaded = OneProfile.load(options.profile, "restart");
        try (GraphSession graph = GraphSessionFactory.open(loaded, options.graphOptions, terminal.environment(), err)) {
            ConfigurationRead read = ConfigurationRead.read(loaded, options.profile.toString(), graph.reader());
            read.warnings().forEach(w -> err.println("Warning: " + w));
            Job target = scope == Scope.quarantine ? read.jobToLiftQuarantine(options.job) : read.job(options.job);
            out.print(StatusTextRenderer.job(target, colour));
            out.println();
            out.println("Restarting with resetScope " + scope.resetScope + " " + scope.effect + ".");
            if (!target.quarantined() && scope == Scope.quarantine) {
                out.println("The job is not quarantined: the restart only makes it run on its schedule.");
            }
            return new JobRestart(terminal, stdout, out, colour, options.json)
                    .confirmAndRestart(
                            new JobRestart.Request(
                                    read,
                                    target,
                                    scope.resetScope,
                                    options.autoApprove,
                                    "restart " + options.job,
                                    "restart",
                                    Optional.empty()),
                            graph);
        }
    }
}
