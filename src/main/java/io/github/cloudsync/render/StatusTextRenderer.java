package io.github.cloudsync.render;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobStatus;
import java.util.OptionalLong;

/**
 * Renders {@code cloudsync status} as text: the configuration and its delete threshold, then per job its schedule,
 * status code, quarantine, last run, last success and steady state; a quarantined job ends with the exact command that
 * lifts it, highlighted for TooManyDeletes.
 */
public final class StatusTextRenderer {
    private StatusTextRenderer() {}

    public static String render(StatusReport report, boolean colour) {
        Ansi ansi = new Ansi(colour);
        StringBuilder out = new StringBuilder();
        out.append(ansi.bold(report.profileName()))
                .append(": service principal \"")
                .append(report.servicePrincipal().displayName())
                .append("\" (")
                .append(report.servicePrincipal().id())
                .append(") in tenant ")
                .append(report.tenantId())
                .append("\n");
        out.append("Delete threshold: ").append(threshold(report)).append("\n");
        if (report.jobs().isEmpty()) {
            out.append("\nNo jobs. Run: cloudsync apply -p ")
                    .append(report.profileArgument())
                    .append("\n");
        }
        for (Job job : report.jobs()) {
            out.append("\n").append(job(job, ansi));
            report.nextCommand(job).ifPresent(command -> out.append(nextStep(job, command, ansi)));
        }
        return TerminalText.escaped(out.toString(), colour);
    }

    /** One job's block, as status and allow-deletes show it. */
    public static String job(Job job, boolean colour) {
        return TerminalText.escaped(job(job, new Ansi(colour)), colour);
    }

    private static String job(Job job, Ansi ansi) {
        StringBuilder out = new StringBuilder();
        JobStatus status = job.status();
        out.append(ansi.bold(job.templateName())).append(" (").append(job.id()).append(")\n");
        OptionalLong minutes = StatusReport.intervalMinutes(job.interval());
        line(
                out,
                "schedule",
                job.scheduleState().graphName()
                        + (minutes.isPresent()
                                ? ", every " + minutes.getAsLong() + " minutes"
                                : ", interval " + job.interval()));
        String code = status.code() == null ? "(none)" : status.code();
        line(out, "status", job.quarantined() ? ansi.red(code) : code);
        status.quarantine().ifPresent(q -> {
            line(
                    out,
                    "quarantine",
                    StatusReport.quarantineReason(job).orElseThrow() + " since " + shown(q.currentBegan())
                            + ", next attempt " + shown(q.nextAttempt()));
            if (q.errorCode() != null || q.errorMessage() != null) {
                line(
                        out,
                        "error",
                        (q.errorCode() == null ? "" : q.errorCode() + ": ")
                                + (q.errorMessage() == null ? "" : q.errorMessage()));
            }
        });
        line(
                out,
                "last execution",
                status.lastExecution().map(StatusTextRenderer::execution).orElse("none"));
        line(
                out,
                "last success",
                status.lastSuccessfulExecution().map(e -> shown(e.timeEnded())).orElse("never"));
        line(out, "steady state", "last reached " + shown(status.steadyStateLastAchievedTime()));
        if (status.countSuccessiveCompleteFailures() > 0) {
            line(out, "failures", status.countSuccessiveCompleteFailures() + " complete failures in a row");
        }
        return out.toString();
    }

    private static String nextStep(Job job, String command, Ansi ansi) {
        String why = job.holdsDeletes()
                ? job.templateName() + " is holding back deletes: a run would delete more objects than the threshold"
                        + " allows. Review the pending deletes, then release them with:"
                : job.templateName() + " is quarantined. Fix the cause, then lift the quarantine with:";
        return "\n" + ansi.yellow("! " + why) + "\n    " + ansi.bold(command) + "\n";
    }

    private static String execution(JobStatus.Execution e) {
        String text = (e.state() == null ? "(no state)" : e.state()) + ", " + shown(e.timeBegan()) + " to "
                + shown(e.timeEnded()) + ": " + e.countImported() + " imported, " + e.countExported() + " exported, "
                + e.countEscrowed() + " escrowed";
        return e.errorCode() == null ? text : text + "; error " + e.errorCode() + ": " + e.errorMessage();
    }

    private static String threshold(StatusReport report) {
        if (report.deleteThreshold().isEmpty()) {
            return "not readable (Graph's default is " + AccidentalDeletes.DEFAULT.threshold() + ")";
        }
        AccidentalDeletes deletes = report.deleteThreshold().get();
        return deletes.enabled()
                ? deletes.threshold() + " (a run that would delete " + deletes.threshold() + " or more objects is held)"
                : "disabled (" + deletes.threshold() + " when enabled)";
    }

    private static String shown(String time) {
        String t = StatusReport.time(time);
        return t == null ? "never" : t;
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("  ")
                .append(label)
                .append(":")
                .append(" ".repeat(16 - label.length()))
                .append(value)
                .append("\n");
    }
}
