package io.github.cloudsync.plan;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;

/**
 * The notice for a quarantined job: its reason and the command that lifts it, which always names the job (with two
 * quarantined jobs, a command without {@code --job} would act on the provisioning job). cloudsync never starts a
 * quarantined job by itself (docs/architecture.md section 3): held deletes (TooManyDeletes, by reason or error code) need a person
 * to allow them (restart with ForceDeletes, docs/graph.md section 16.4), any other reason a restart that lifts the
 * quarantine once the cause is fixed.
 */
public final class QuarantineNotice {
    private QuarantineNotice() {}

    static Plan.Notice of(JobTemplate template, Job job, String profileArgument) {
        String reason = job.quarantineReason().orElse("reason unknown");
        String message = template.templateId() + " job " + job.id() + " is quarantined (" + reason
                + "); cloudsync does not start it";
        String whatToDo = job.holdsDeletes()
                ? "review the pending deletes, then run: " + command(job, profileArgument)
                : "fix the cause, then run: " + command(job, profileArgument);
        return new Plan.Notice(Action.jobAddress(template), message, whatToDo);
    }

    /**
     * The command that lifts {@code job}'s quarantine, naming the job by its template (the {@code --job} option of
     * allow-deletes and restart): allow-deletes when it holds deletes, else a restart with scope quarantine.
     */
    public static String command(Job job, String profileArgument) {
        return job.holdsDeletes()
                ? "cloudsync allow-deletes -p " + profileArgument + " --job " + job.templateId()
                : "cloudsync restart -p " + profileArgument + " --scope quarantine --job " + job.templateName();
    }
}
