package io.github.cloudsync.plan;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobStatus;
import io.github.cloudsync.model.JobTemplate;

/**
 * The notice for a quarantined job: its reason and the command that lifts it. cloudsync never starts a quarantined job
 * by itself (docs/architecture.md section 3): TooManyDeletes needs a person to allow the deletes (restart with
 * ForceDeletes, docs/graph.md section 4.5), any other reason a restart that lifts the quarantine.
 */
final class QuarantineNotice {
    static final String TOO_MANY_DELETES = "TooManyDeletes";

    private QuarantineNotice() {}

    static Plan.Notice of(JobTemplate template, Job job, String profileArgument) {
        String reason =
                job.status().quarantine().map(JobStatus.Quarantine::reason).orElse(null);
        if (reason == null || reason.isBlank()) {
            reason = "reason unknown";
        }
        String message = template.templateId() + " job " + job.id() + " is quarantined (" + reason
                + "); cloudsync does not start it";
        String command = TOO_MANY_DELETES.equals(reason)
                ? "review the pending deletes, then run: cloudsync allow-deletes -p " + profileArgument
                : "fix the cause, then run: cloudsync restart -p " + profileArgument + " --scope quarantine";
        return new Plan.Notice(Action.jobAddress(template), message, command);
    }
}
