package io.github.cloudsync.cli;

import io.github.cloudsync.apply.Applier;
import io.github.cloudsync.apply.ApplyReport;
import io.github.cloudsync.apply.Convergence;
import io.github.cloudsync.apply.StepListener;
import io.github.cloudsync.apply.StepOutcome;
import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.read.PlanRun;
import io.github.cloudsync.render.TextRenderer;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;

/** What both forms of {@code apply} print: the plan, the question, a line per step, the failure or the summary. */
final class ApplyRun {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean colour;

    ApplyRun(PrintWriter out, PrintWriter err, boolean colour) {
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    /** Shows the plan, asks, applies. */
    int planConfirmApply(PlanRun run, GraphSession graph, BooleanSupplier approved) {
        run.warnings().forEach(w -> err.println("Warning: " + w));
        out.print(TextRenderer.render(run.plan(), TextRenderer.DEFAULT_CAPTION, colour));
        out.flush();
        if (run.plan().empty()) {
            return ExitCodes.OK;
        }
        if (!approved.getAsBoolean()) {
            out.println();
            out.println("Apply cancelled.");
            return ExitCodes.ERROR;
        }
        return apply(run, graph);
    }

    /** Runs the plan's steps with one progress line each, then re-reads and re-plans. */
    int apply(PlanRun run, GraphSession graph) {
        if (run.plan().empty()) {
            return ExitCodes.OK;
        }
        out.println();
        ApplyReport report =
                new Applier(graph.reader(), graph.writer(), new ProgressLines()).apply(run.live(), run.plan());
        if (report.failure().isPresent()) {
            out.println();
            out.println("Apply failed: " + report.count(StepOutcome.Status.DONE) + " done, 1 failed, "
                    + report.count(StepOutcome.Status.SKIPPED) + " skipped.");
            out.flush();
            throw report.failure().get();
        }
        Convergence convergence = Convergence.check(run, graph);
        if (convergence.failure().isPresent()) {
            if (convergence.duplicates()) {
                convergence.after().warnings().forEach(w -> err.println("Warning: " + w));
            } else {
                err.print(TextRenderer.render(convergence.after().plan(), "Still different after apply:", false));
            }
            throw convergence.failure().get();
        }
        out.println();
        out.println("Apply complete! " + summary(run));
        out.flush();
        return ExitCodes.OK;
    }

    private static String summary(PlanRun run) {
        return "Resources: " + run.plan().toAdd() + " added, " + run.plan().toChange() + " changed, "
                + run.plan().toDestroy() + " destroyed.";
    }

    /** One line per finished step. */
    private final class ProgressLines implements StepListener {
        @Override
        public void started(int number, int total, Action action) {}

        @Override
        public void finished(int number, int total, StepOutcome outcome) {
            Action action = outcome.action();
            String status = switch (outcome.status()) {
                case DONE -> "done";
                case FAILED -> "FAILED";
                case SKIPPED -> "skipped";
            };
            out.println("[" + number + "/" + total + "] " + action.kind().symbol() + " "
                    + action.kind().verb() + " " + action.address() + ": " + status + " (" + outcome.message() + ")");
            out.flush();
        }
    }
}
