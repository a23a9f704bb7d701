package io.github.cloudsync.cli;

import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.read.ConfigurationRead;
import io.github.cloudsync.render.RestartJsonRenderer;
import io.github.cloudsync.render.StatusTextRenderer;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cloudsync allow-deletes}: releases the deletes a job holds back because a run would delete more objects than
 * the accidental-delete threshold allows: restart with {@code resetScope: ForceDeletes} (docs/graph.md section 4.5),
 * after confirmation. It refuses unless the job is quarantined for TooManyDeletes, since ForceDeletes on any other job
 * would let through deletes no one reviewed.
 */
@Command(
        name = "allow-deletes",
        mixinStandardHelpOptions = true,
        description = "Release deletes held by the accidental-delete threshold (restart with ForceDeletes).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:deletes allowed", "1:refused (not held for TooManyDeletes), cancelled or error", "64:usage"})
final class AllowDeletesCommand implements Callable<Integer> {
    static final String FORCE_DELETES = "ForceDeletes";

    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Mixin
    JobCommandOptions options;

    AllowDeletesCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // under --json stdout holds only the document: what a person reads goes to stderr
        PrintWriter out = options.json.any() ? err : stdout;
        boolean colour = terminal.colour(options.noColor) && !options.json.any();
        Profile loaded = OneProfile.load(options.profile, "allow-deletes");
        String argument = options.profile.toString();
        try (GraphSession graph = GraphSessionFactory.open(loaded, options.graphOptions, terminal.environment(), err)) {
            ConfigurationRead read = ConfigurationRead.read(loaded, argument, graph.reader());
            read.warnings().forEach(w -> err.println("Warning: " + w));
            Job target = read.jobHoldingDeletes(options.job);
            out.print(StatusTextRenderer.job(target, colour));
            out.println();
            out.println("Delete threshold in Graph: " + threshold(read.deleteThreshold()));
            AccidentalDeletes wanted = loaded.configuration().accidentalDeletes();
            out.println("Delete threshold in the profile: " + threshold(Optional.of(wanted)));
            if (read.deleteThreshold().isPresent()
                    && !read.deleteThreshold().get().equals(wanted)) {
                out.println("  They differ: `cloudsync plan -p " + argument + "` shows the change.");
            }
            out.println();
            out.println("Allowing the deletes restarts the job with resetScope ForceDeletes: every pending delete is");
            out.println("carried out in Microsoft Entra ID on the next run. Deleted users go to the recycle bin.");
            return new JobRestart(terminal, stdout, out, colour, options.json)
                    .confirmAndRestart(
                            new JobRestart.Request(
                                    read,
                                    target,
                                    FORCE_DELETES,
                                    options.autoApprove,
                                    "allow these deletes",
                                    "allow-deletes",
                                    Optional.of(new RestartJsonRenderer.Thresholds(read.deleteThreshold(), wanted))),
                            graph);
        }
    }

    private static String threshold(Optional<AccidentalDeletes> deletes) {
        if (deletes.isEmpty()) {
            return "not readable (Graph's default is " + AccidentalDeletes.DEFAULT.threshold() + ")";
        }
        return deletes.get().enabled()
                ? deletes.get().threshold() + " (a run deleting "
                        + deletes.get().threshold() + " or more is held)"
                : "disabled";
    }
}
