package io.github.cloudsync.cli;

import io.github.cloudsync.apply.DirectorySyncGuard;
import io.github.cloudsync.apply.SavedPlan;
import io.github.cloudsync.apply.SavedPlanFile;
import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.read.PlanRun;
import io.github.cloudsync.render.JsonRenderer;
import io.github.cloudsync.render.TextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cloudsync apply}: with {@code -p PROFILE}, plans, shows the plan and asks for {@code yes} (or takes
 * {@code --auto-approve}); with a saved PLANFILE, re-reads the tenant, refuses a stale plan, else applies exactly it.
 * Afterwards it re-reads and re-plans: anything still different is an error. A plan that turns directory sync off for
 * the whole tenant is refused unless {@code --allow-directory-sync-off} is given and, at a terminal, the tenant id is
 * typed (DirectorySyncGuard).
 */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        description = "Make the tenant match a profile (-p PROFILE) or a saved plan (PLANFILE).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:applied, or nothing to do",
            "1:error, refused (stale plan, directory sync off), failed step or no convergence",
            "64:usage"
        })
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

    @Option(
            names = "--allow-directory-sync-off",
            description = "Allow a plan that turns directory sync off for the whole tenant (every synced user becomes"
                    + " cloud-only; no way back for 72 hours). At a terminal you also type the tenant id.")
    boolean allowDirectorySyncOff;

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
                PrintWriter prompts = json.any() ? err : out;
                return apply.planConfirmApply(run, graph, () -> {
                    guard(run.plan(), prompts);
                    return confirm(run, prompts);
                });
            }
        }
        SavedPlanProfile read = SavedPlanProfile.read(planFile);
        SavedPlan saved = read.saved();
        GraphOptions options = graphOptions.graphUrl() == null
                ? GraphOptions.of(
                        saved.graphUrl(),
                        graphOptions.graphVersion(),
                        graphOptions.auth(),
                        graphOptions.verbosity(),
                        graphOptions.clock(),
                        graphOptions.sleeper())
                : graphOptions;
        saved.requireMadeAgainst(SavedPlanFile.graphRoot(read.profile(), options.graphUrl(), options.graphVersion()));
        try (GraphSession graph = GraphSessionFactory.open(read.profile(), options, terminal.environment(), err)) {
            PlanRun run = PlanRun.read(read.profile(), saved.profilePath(), graph);
            saved.requireCurrent(run.live(), JsonRenderer.tree(run.plan(), JsonRenderer.DEFAULT_CAPTION));
            if (!json.any()) {
                // what is shown is rendered from the plan about to run, never the text stored in the file
                out.print(TextRenderer.render(run.plan(), TextRenderer.DEFAULT_CAPTION, colour));
                out.flush();
            }
            guard(run.plan(), json.any() ? err : out);
            return apply.apply(run, graph);
        }
    }

    /** Refuses a tenant-wide destructive plan unless allowed, and at a terminal asks for the tenant id first. */
    private void guard(Plan plan, PrintWriter out) {
        Optional<UnaryOperator<String>> typeTenantId = terminal.interactive()
                ? Optional.of(tenantId -> {
                    out.println();
                    out.println("This plan turns directory synchronization off for the whole tenant " + tenantId + ".");
                    out.println("  Only the tenant id will be accepted to approve it.");
                    out.print("  Type the tenant id: ");
                    out.flush();
                    String typed = terminal.readLine();
                    out.println();
                    return typed;
                })
                : Optional.empty();
        DirectorySyncGuard.check(plan, allowDirectorySyncOff, typeTenantId);
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
