package io.github.cloudsync.render;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.plan.QuarantineNotice;
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
     * The command that lifts a quarantine: {@code allow-deletes} when deletes are held back, else a restart that lifts
     * the quarantine once the cause is fixed, naming the job either way; empty when the job is not quarantined.
     */
    public Optional<String> nextCommand(Job job) {
        return job.quarantined() ? Optional.of(QuarantineNotice.command(job, profileArgument)) : Optional.empty();
    }

    /** How many jobs are quarantined: sync has stopped for them (status exits 3). */
    public long quarantinedJobs() {
        return jobs.stream().filter(Job::quarantined).count();
    }

    /** A Graph time, or null for Graph's "never" and for absent times. */
    static String time(String graphTime) {
        return graphTime == null || graphTime.isBlank() || graphTime.startsWith("0001-01-01") ? null : graphTime;
    }
}
