package io.github.cloudsync.model;

import java.util.Objects;
import java.util.Optional;

/** A synchronization job: its id, template, schedule and status. */
public record Job(String id, String templateId, ScheduleState scheduleState, String interval, JobStatus status) {
    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(scheduleState, "scheduleState");
        Objects.requireNonNull(status, "status");
    }

    /** The managed template this job belongs to, if it is one cloudsync manages. */
    public Optional<JobTemplate> template() {
        return JobTemplate.byTemplateId(templateId);
    }

    public boolean quarantined() {
        return status.quarantine().isPresent() || "Quarantine".equals(status.code());
    }

    /** Why the job is quarantined ("reason unknown" when Graph gives none); empty when it is not. */
    public Optional<String> quarantineReason() {
        if (!quarantined()) {
            return Optional.empty();
        }
        String reason = status.quarantine().map(JobStatus.Quarantine::reason).orElse(null);
        return Optional.of(reason == null || reason.isBlank() ? "reason unknown" : reason);
    }
}
