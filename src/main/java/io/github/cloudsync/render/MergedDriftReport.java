package io.github.cloudsync.render;

import java.util.List;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * Drift reports combined by {@code drift-report merge}: the report files in the order given, the shard count when they
 * are shards of one run, what was wrong with them, and every profile entry of every report (as {@code drift --json}
 * wrote it), in report order, each once. Its signal has drift's precedence; a problem counts as an error.
 */
public record MergedDriftReport(
        List<String> reports, OptionalInt shards, List<String> problems, List<JsonNode> profiles) {
    public MergedDriftReport {
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
        profiles = List.copyOf(profiles);
    }

    /** How many entries have {@code result} ({@code in_sync}, {@code drifted} or {@code error}). */
    public long count(DriftReport.Result result) {
        return profiles.stream()
                .filter(p -> p.path("result").asString("").equals(result.key()))
                .count();
    }

    /** Quarantined jobs across the entries. */
    public long quarantinedJobs() {
        return profiles.stream()
                .mapToLong(p -> p.path("quarantined_jobs").size())
                .sum();
    }

    /** Drift's signal: any error or problem, else any quarantined job, else any drift, else in sync. */
    public DriftReport.Signal signal() {
        if (!problems.isEmpty() || count(DriftReport.Result.ERROR) > 0) {
            return DriftReport.Signal.ERROR;
        }
        if (quarantinedJobs() > 0) {
            return DriftReport.Signal.QUARANTINED;
        }
        return count(DriftReport.Result.DRIFTED) > 0 ? DriftReport.Signal.DRIFTED : DriftReport.Signal.IN_SYNC;
    }

    /** The worst result, a problem counting as an error. */
    public DriftReport.Result overall() {
        if (!problems.isEmpty() || count(DriftReport.Result.ERROR) > 0) {
            return DriftReport.Result.ERROR;
        }
        return count(DriftReport.Result.DRIFTED) > 0 ? DriftReport.Result.DRIFTED : DriftReport.Result.IN_SYNC;
    }

    /** As {@link DriftReport#summaryLine()}, then {@code 2 merge problems.} when there are any. */
    public String summaryLine() {
        long errors = count(DriftReport.Result.ERROR);
        String line = profiles.size() + (profiles.size() == 1 ? " profile: " : " profiles: ")
                + count(DriftReport.Result.IN_SYNC) + " in sync, " + count(DriftReport.Result.DRIFTED) + " drifted, "
                + errors + (errors == 1 ? " error." : " errors.");
        long quarantined = quarantinedJobs();
        if (quarantined > 0) {
            line += " " + quarantined + (quarantined == 1 ? " job" : " jobs") + " quarantined.";
        }
        int n = problems.size();
        return n == 0 ? line : line + " " + n + (n == 1 ? " merge problem." : " merge problems.");
    }
}
