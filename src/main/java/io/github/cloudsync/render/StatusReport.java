package io.github.cloudsync.render;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.ServicePrincipal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@code cloudsync status} shows for one configuration: its service principal, the delete threshold Graph holds
 * (empty when the secret is missing or unreadable) and its jobs, plus the command a quarantined job needs.
 */
public record StatusReport(
        String profileName,
        String profileArgument,
        String tenantId,
        ServicePrincipal servicePrincipal,
        Optional<AccidentalDeletes> deleteThreshold,
        List<Job> jobs) {
    /** Graph's time for "never" (docs/graph.md section 5.2). */
    static final String NEVER = "0001-01-01T00:00:00Z";

    static final String TOO_MANY_DELETES = "TooManyDeletes";

    public StatusReport {
        Objects.requireNonNull(servicePrincipal, "servicePrincipal");
        jobs = List.copyOf(jobs);
    }

    /** The schedule interval in whole minutes, when it is an ISO-8601 duration without years or months. */
    public static OptionalLong intervalMinutes(String interval) {
        if (interval == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Duration.parse(interval).toMinutes());
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    /** The quarantine reason, when the job is quarantined ("reason unknown" when Graph gave none). */
    public static Optional<String> quarantineReason(Job job) {
        return job.quarantineReason();
    }

    /**
     * The command that lifts a quarantine: {@code allow-deletes} for TooManyDeletes (deletes are held back), else a
     * restart that lifts the quarantine once the cause is fixed; empty when the job is not quarantined.
     */
    public Optional<String> nextCommand(Job job) {
        Optional<String> reason = quarantineReason(job);
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        String jobFlag =
                job.templateId().equals(JobTemplate.PROVISIONING.templateId()) ? "" : " --job " + job.templateId();
        return Optional.of(
                TOO_MANY_DELETES.equals(reason.get())
                        ? "cloudsync allow-deletes -p " + profileArgument + jobFlag
                        : "cloudsync restart -p " + profileArgument + " --scope quarantine" + jobFlag);
    }

    /** A Graph time, or null for Graph's "never" and for absent times. */
    static String time(String graphTime) {
        return graphTime == null || graphTime.isBlank() || graphTime.startsWith("0001-01-01") ? null : graphTime;
    }
}
