package io.github.cloudsync.cli;

import io.github.cloudsync.apply.Applier;
import io.github.cloudsync.apply.ApplyReport;
import io.github.cloudsync.apply.Convergence;
import io.github.cloudsync.apply.StepListener;
import io.github.cloudsync.apply.StepOutcome;
import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.read.PlanRun;
import io.github.cloudsync.render.ApplyJsonRenderer;
import io.github.cloudsync.render.TextRenderer;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What both forms of {@code apply} print: the plan, the question, a line per step, the failure or the summary; under
 * {@code --json} the apply document on stdout instead (the step lines then go to stderr when it is a terminal).
 */
final class ApplyRun {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean colour;
    private final JsonOptions json;
    private final boolean progress;

    ApplyRun(PrintWriter out, PrintWriter err, boolean colour, JsonOptions json, boolean progress) {
        this.out = out;
        this.err = err;
        this.colour = colour;
        this.json = json;
        this.progress = progress;
    }

    /** Shows the plan, asks, applies. */
    int planConfirmApply(PlanRun run, GraphSession graph, BooleanSupplier approved) {
        run.warnings().forEach(w -> err.println("Warning: " + w));
        if (!json.any()) {
            out.print(TextRenderer.render(run.plan(), TextRenderer.DEFAULT_CAPTION, colour));
            out.flush();
        }
        if (run.plan().empty()) {
            return apply(run, graph);
        }
        if (!approved.getAsBoolean()) {
            if (json.any()) {
                document(run, ApplyJsonRenderer.Result.CANCELLED, Optional.empty(), Optional.empty());
            } else {
                out.println();
                out.println("Apply cancelled.");
            }
            return ExitCodes.ERROR;
        }
        return apply(run, graph);
    }

    /** Runs the plan's steps with one progress line each, then re-reads and re-plans. */
    int apply(PlanRun run, GraphSession graph) {
        if (run.plan().empty()) {
            if (json.any()) {
                document(run, ApplyJsonRenderer.Result.NO_CHANGES, Optional.empty(), Optional.empty());
            }
            return ExitCodes.OK;
        }
        PrintWriter steps = json.any() ? err : out;
        boolean showSteps = !json.any() || progress;
        if (showSteps) {
            steps.println();
        }
        ApplyReport report = new Applier(graph.reader(), graph.writer(), new ProgressLines(steps, showSteps))
                .apply(run.live(), run.plan());
        if (report.failure().isPresent()) {
            if (json.any()) {
                document(run, ApplyJsonRenderer.Result.FAILED, Optional.of(report), Optional.empty());
            } else {
                out.println();
                out.println("Apply failed: " + report.count(StepOutcome.Status.DONE) + " done, "
                        + report.count(StepOutcome.Status.FAILED) + " failed, "
                        + report.count(StepOutcome.Status.SKIPPED) + " skipped.");
                out.flush();
            }
            throw report.failure().get();
        }
        Convergence convergence = Convergence.check(run, graph, report);
        if (convergence.failure().isPresent()) {
            if (convergence.duplicates()) {
                convergence.after().warnings().forEach(w -> err.println("Warning: " + w));
            } else if (!json.any()) {
                err.print(TextRenderer.render(convergence.after().plan(), "Still different after apply:", false));
            }
            if (json.any()) {
                Optional<Plan> remaining = Optional.of(convergence.after().plan());
                document(run, ApplyJsonRenderer.Result.NOT_CONVERGED, Optional.of(report), remaining);
            }
            throw convergence.failure().get();
        }
        if (json.any()) {
            document(run, ApplyJsonRenderer.Result.APPLIED, Optional.of(report), Optional.empty());
            return ExitCodes.OK;
        }
        out.println();
        out.println("Apply complete! " + summary(run));
        out.flush();
        return ExitCodes.OK;
    }

    private void document(
            PlanRun run, ApplyJsonRenderer.Result result, Optional<ApplyReport> report, Optional<Plan> remaining) {
        json.print(
                out,
                ApplyJsonRenderer.tree(
                        run.profileArgument(), run.profile().tenant().id(), result, run.plan(), report, remaining));
    }

    private static String summary(PlanRun run) {
        return "Resources: " + run.plan().toAdd() + " added, " + run.plan().toChange() + " changed, "
                + run.plan().toDestroy() + " destroyed.";
    }

    /** One line per finished step, on {@code to}; none when {@code shown} is false. */
    private static final class ProgressLines implements StepListener {
        private final PrintWriter to;
        private final boolean shown;

        ProgressLines(PrintWriter to, boolean shown) {
            this.to = to;
            this.shown = shown;
        }

        @Override
        public void started(int number, int total, Action action) {}

        @Override
        public void finished(int number, int total, StepOutcome outcome) {
            if (!shown) {
                return;
            }
            Action action = outcome.action();
            String status = switch (outcome.status()) {
                case DONE -> "done";
                case FAILED -> "FAILED";
                case SKIPPED -> "skipped";
            };
            to.println("[" + number + "/" + total + "] " + action.kind().symbol() + " "
                    + action.kind().verb() + " " + action.address() + ": " + status + " (" + outcome.message() + ")");
            to.flush();
        }
    }
}
