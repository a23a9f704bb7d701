package io.github.cloudsync.model;

import java.util.Optional;

/**
 * A job's {@code synchronizationStatus}, reduced to what status reports and plans need. Date-times are kept as the
 * ISO-8601 strings Graph sends (null when absent).
 */
public record JobStatus(
        String code,
        Optional<Quarantine> quarantine,
        Optional<Execution> lastExecution,
        Optional<Execution> lastSuccessfulExecution,
        String steadyStateLastAchievedTime,
        long countSuccessiveCompleteFailures) {

    /** A status with nothing but a code, as a freshly created job has. */
    public static JobStatus of(String code) {
        return new JobStatus(code, Optional.empty(), Optional.empty(), Optional.empty(), null, 0);
    }

    /** Why and since when a job is quarantined ({@code synchronizationQuarantine}). */
    public record Quarantine(
            String reason,
            String currentBegan,
            String nextAttempt,
            String seriesBegan,
            long seriesCount,
            String errorCode,
            String errorMessage) {}

    /** One run of a job ({@code synchronizationTaskExecution}). */
    public record Execution(
            String state,
            String timeBegan,
            String timeEnded,
            long countImported,
            long countExported,
            long countEscrowed,
            String errorCode,
            String errorMessage) {}
}
