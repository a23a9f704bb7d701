package io.github.cloudsync.cli;

import io.github.cloudsync.apply.Fingerprints;
import io.github.cloudsync.apply.SavedPlan;
import io.github.cloudsync.apply.SavedPlanFile;
import io.github.cloudsync.graph.ReadOnlyGraphSession;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.read.PlanRun;
import io.github.cloudsync.render.JsonRenderer;
import io.github.cloudsync.render.MarkdownRenderer;
import io.github.cloudsync.render.TextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cloudsync plan}: reads the tenant (GETs only) and shows what apply would change; can save the plan. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Show what apply would change in the tenant. Sends only GET requests.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (with --detailed-exitcode: no changes)",
            "1:error",
            "2:with --detailed-exitcode: changes present",
            "64:usage error"
        })
final class PlanCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-p", "--profile"},
            required = true,
            paramLabel = "PROFILE",
            description = "The profile file.")
    Path profile;

    @Option(names = "--out", paramLabel = "FILE", description = "Save the plan for `cloudsync apply FILE`.")
    Path out;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--detailed-exitcode",
            description = "Exit 0 when there are no changes, 2 when there are, 1 on error.")
    boolean detailedExitCode;

    @Mixin
    GraphOptions graphOptions;

    PlanCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Profile loaded = OneProfile.load(profile, "plan");
        try (ReadOnlyGraphSession graph =
                GraphSessionFactory.openReadOnly(loaded, graphOptions, terminal.environment(), stderr)) {
            // only a saved plan fingerprints the live schema; showing a plan needs just what the differ compares
            PlanRun run = out != null
                    ? PlanRun.read(loaded, profile.toString(), graph)
                    : PlanRun.compare(loaded, profile.toString(), graph);
            run.warnings().forEach(w -> stderr.println("Warning: " + w));
            stdout.print(output.render(run.plan(), terminal));
            if (out != null) {
                SavedPlanFile.write(out, saved(run));
                // under --json or --markdown stdout holds only the document
                PrintWriter notes = output.json() || output.markdown() ? stderr : stdout;
                notes.println();
                notes.println("Saved the plan to: " + out);
                notes.println("To perform exactly these actions, run: cloudsync apply " + out);
                notes.flush();
            }
            stdout.flush();
            return detailedExitCode && !run.plan().empty() ? ExitCodes.CHANGES : ExitCodes.OK;
        }
    }

    /** The plan to save: what {@code run} was made from, and the plan in every format. */
    private SavedPlan saved(PlanRun run) {
        return new SavedPlan(
                SavedPlan.FORMAT_VERSION,
                Version.number(),
                SavedPlanFile.digest(run.profile()),
                run.profileArgument(),
                SavedPlanFile.graphRoot(run.profile(), graphOptions.graphUrl(), graphOptions.graphVersion()),
                run.profile().tenant().id(),
                SavedPlanProfile.source(profile, run.profile(), out),
                Fingerprints.of(run.live()),
                JsonRenderer.tree(run.plan(), JsonRenderer.DEFAULT_CAPTION),
                TextRenderer.render(run.plan()),
                MarkdownRenderer.render(run.plan()));
    }
}
