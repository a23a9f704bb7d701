package io.github.cloudsync.cli;

import io.github.cloudsync.apply.SavedPlan;
import io.github.cloudsync.apply.SavedPlanFile;
import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.read.PlanRun;
import io.github.cloudsync.render.JsonRenderer;
import io.github.cloudsync.render.TextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cloudsync apply}: with {@code -p PROFILE}, plans, shows the plan and asks for {@code yes} (or takes
 * {@code --auto-approve}); with a saved PLANFILE, re-reads the tenant, refuses a stale plan, else applies exactly it.
 * Afterwards it re-reads and re-plans: anything still different is an error.
 */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        description = "Make the tenant match a profile (-p PROFILE) or a saved plan (PLANFILE).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:applied, or nothing to do", "1:error, refused, failed step or no convergence", "64:usage"})
final class ApplyCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLANFILE", description = "A plan saved by `cloudsync plan --out`.")
    Path planFile;

    @Option(
            names = {"-p", "--profile"},
            paramLabel = "PROFILE",
            description = "Plan and apply this profile.")
    Path profile;

    @Option(names = "--auto-approve", description = "Apply without asking (required when stdin is not a terminal).")
    boolean autoApprove;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    @Mixin
    JsonOptions json;

    @Mixin
    GraphOptions graphOptions;

    ApplyCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if ((planFile == null) == (profile == null)) {
            throw new UsageException(
                    "apply takes either -p PROFILE or a saved PLANFILE", "run `cloudsync apply --help`");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean colour = terminal.colour(noColor);
        ApplyRun apply = new ApplyRun(out, err, colour, json, terminal.progress());
        if (profile != null) {
            Profile loaded = OneProfile.load(profile, "apply");
            try (GraphSession graph = GraphSessionFactory.open(loaded, graphOptions, terminal.environment(), err)) {
                PlanRun run = PlanRun.read(loaded, profile.toString(), graph);
                return apply.planConfirmApply(run, graph, () -> confirm(run, json.any() ? err : out));
            }
        }
        SavedPlan saved = SavedPlanFile.read(planFile);
        GraphOptions options = graphOptions.graphUrl() == null
                ? GraphOptions.of(
                        saved.graphUrl(), graphOptions.graphVersion(), graphOptions.auth(), graphOptions.verbosity())
                : graphOptions;
        saved.requireMadeAgainst(SavedPlanFile.graphRoot(saved.profile(), options.graphUrl(), options.graphVersion()));
        try (GraphSession graph = GraphSessionFactory.open(saved.profile(), options, terminal.environment(), err)) {
            PlanRun run = PlanRun.read(saved.profile(), saved.profilePath(), graph);
            saved.requireCurrent(run.live(), JsonRenderer.tree(run.plan(), JsonRenderer.DEFAULT_CAPTION));
            if (!json.any()) {
                out.print(saved.planText());
                out.flush();
            }
            return apply.apply(run, graph);
        }
    }

    /** Asks on {@code out}; under --json that is stderr, with the plan shown there first, as stdout holds JSON. */
    private boolean confirm(PlanRun run, PrintWriter out) {
        if (autoApprove) {
            return true;
        }
        if (!terminal.interactive()) {
            throw new UsageException(
                    "apply asks for confirmation, and stdin is not a terminal",
                    "review the plan, then run again with --auto-approve (or apply a saved plan file)");
        }
        if (json.any()) {
            out.print(TextRenderer.render(run.plan(), TextRenderer.DEFAULT_CAPTION, false));
        }
        out.println();
        out.println("Do you want to perform these actions?");
        out.println("  Only 'yes' will be accepted to approve.");
        out.print("  Enter a value: ");
        out.flush();
        String answer = terminal.readLine();
        return answer != null && answer.trim().equals("yes");
    }
}
