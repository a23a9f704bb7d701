package io.github.cloudsync.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** The JSON shapes of a job's parts: a new job, its status and a quarantine (docs/graph.md 4.4, 5.1 to 5.3). */
final class JobShapes {
    /** The steady-state time of a job that never reached it. */
    static final String NEVER = "0001-01-01T00:00:00Z";

    private static final DateTimeFormatter SEVEN_DIGITS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private JobShapes() {}

    /** Graph's date-time form, with seven fractional digits like the samples. */
    static String dateTime(Instant instant) {
        return SEVEN_DIGITS.format(instant);
    }

    /** The opaque schema {@code version}: {@code Date:<time>, ActivityId:<guid>} (docs/graph.md 4.7). */
    static String schemaVersion(Instant now) {
        return "Date:" + dateTime(now) + ", ActivityId:" + UUID.randomUUID();
    }

    /** Job id {@code {templateId}.{32 hex}.{guid}}; the middle part is the tenant id without dashes [I]. */
    static String jobId(String templateId, String tenantId) {
        String hex = tenantId.replace("-", "").toLowerCase(java.util.Locale.ROOT);
        if (!hex.matches("[0-9a-f]{32}")) {
            hex = UUID.randomUUID().toString().replace("-", "");
        }
        return templateId + "." + hex + "." + UUID.randomUUID();
    }

    /** A job as created: disabled, status Paused, zero counters (the DOC-2025 example). */
    static ObjectNode newJob(String id, String templateId) {
        ObjectNode job = JsonTrees.object();
        job.put("id", id);
        job.put("templateId", templateId);
        ObjectNode schedule = job.putObject("schedule");
        schedule.putNull("expiration");
        schedule.put("interval", "PT40M");
        schedule.put("state", "Disabled");
        job.set("status", newStatus());
        job.putArray("synchronizationJobSettings");
        return job;
    }

    static ObjectNode newStatus() {
        ObjectNode status = JsonTrees.object();
        status.put("countSuccessiveCompleteFailures", 0);
        status.put("escrowsPruned", false);
        status.put("code", "Paused");
        status.putNull("lastExecution");
        status.putNull("lastSuccessfulExecution");
        status.putNull("lastSuccessfulExecutionWithExports");
        status.putNull("quarantine");
        status.put("steadyStateFirstAchievedTime", NEVER);
        status.put("steadyStateLastAchievedTime", NEVER);
        status.putNull("troubleshootingUrl");
        status.putArray("progress");
        status.putArray("synchronizedEntryCountByType");
        return status;
    }

    /**
     * A quarantine object (docs/graph.md 5.3 and 15). With ISO dates, or with {@code ""} dates as in the documented
     * example ({@code emptyDates}); {@code errorCode} goes in {@code error.code}, and {@code reason} may be {@code ""}
     * like the example's. The error message is the emulator's own: no public cloud sync sample exists [U].
     */
    static ObjectNode quarantine(
            Instant now, String reason, String errorCode, boolean emptyDates, long pendingDeletes, long threshold) {
        ObjectNode quarantine = JsonTrees.object();
        quarantine.put("currentBegan", emptyDates ? "" : dateTime(now));
        quarantine.put("nextAttempt", emptyDates ? "" : dateTime(now.plusSeconds(40 * 60)));
        quarantine.put("reason", reason);
        quarantine.put("seriesBegan", emptyDates ? "" : dateTime(now));
        quarantine.put("seriesCount", 1);
        ObjectNode error = quarantine.putObject("error");
        error.put("code", errorCode);
        if (errorCode.equals("TooManyDeletes")) {
            error.put(
                    "message",
                    "The job would delete " + pendingDeletes
                            + " objects, more than the accidental deletes threshold allows ("
                            + threshold + " means at most " + (threshold - 1) + " deletes a run). Review the deletes,"
                            + " then restart the job with resetScope ForceDeletes to allow them.");
        } else {
            error.put("message", "The job was quarantined by the emulator (" + errorCode + ").");
        }
        error.put("tenantActionable", true);
        return quarantine;
    }
}
