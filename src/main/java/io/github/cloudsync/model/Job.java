package io.github.cloudsync.model;

import java.util.Objects;
import java.util.Optional;

/** A synchronization job: its id, template, schedule, status and the job-level settings cloudsync reads. */
public record Job(
        String id,
        String templateId,
        ScheduleState scheduleState,
        String interval,
        JobStatus status,
        JobSettings settings) {
    /** The quarantine reason (and error code) of held deletes, {@code quarantineReason.TooManyDeletes}. */
    public static final String TOO_MANY_DELETES = "TooManyDeletes";

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(scheduleState, "scheduleState");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(settings, "settings");
    }

    /** A job without job-level settings, as a new job has. */
    public Job(String id, String templateId, ScheduleState scheduleState, String interval, JobStatus status) {
        this(id, templateId, scheduleState, interval, status, JobSettings.NONE);
    }

    /** The managed template this job belongs to, by templateId or id prefix ({@link JobTemplate#of}). */
    public Optional<JobTemplate> template() {
        return JobTemplate.of(id, templateId);
    }

    /** Whether this is a job of the managed {@code template} ({@link JobTemplate#of}). */
    public boolean is(JobTemplate template) {
        return template().filter(template::equals).isPresent();
    }

    /**
     * Whether this is a job of the template named {@code templateId}: of that managed template, or, for a template
     * cloudsync does not manage, with exactly that {@code templateId}.
     */
    public boolean ofTemplate(String templateId) {
        return JobTemplate.byTemplateId(templateId).map(this::is).orElse(this.templateId.equals(templateId));
    }

    /** The template's name as cloudsync addresses the job: the managed template's id, else Graph's templateId. */
    public String templateName() {
        return template().map(JobTemplate::templateId).orElse(templateId);
    }

    public boolean quarantined() {
        return status.quarantine().isPresent() || "Quarantine".equals(status.code());
    }

    /**
     * Why the job is quarantined: the quarantine's {@code reason}, else its {@code error.code} (the documented example
     * has {@code reason: ""} and the meaning only in the error code, docs/graph.md section 16.4), else "reason
     * unknown"; empty when it is not quarantined.
     */
    public Optional<String> quarantineReason() {
        if (!quarantined()) {
            return Optional.empty();
        }
        Optional<JobStatus.Quarantine> quarantine = status.quarantine();
        String reason = quarantine.map(JobStatus.Quarantine::reason).orElse(null);
        if (reason == null || reason.isBlank()) {
            reason = quarantine.map(JobStatus.Quarantine::errorCode).orElse(null);
        }
        return Optional.of(reason == null || reason.isBlank() ? "reason unknown" : reason);
    }

    /**
     * Whether the job is quarantined because a run would delete too many objects, so deletes are held back: recognised
     * by {@code reason} or by {@code error.code} being {@value #TOO_MANY_DELETES} (docs/graph.md section 16.4).
     */
    public boolean holdsDeletes() {
        return quarantined()
                && status.quarantine()
                        .map(q -> TOO_MANY_DELETES.equals(q.reason()) || TOO_MANY_DELETES.equals(q.errorCode()))
                        .orElse(false);
    }
}
