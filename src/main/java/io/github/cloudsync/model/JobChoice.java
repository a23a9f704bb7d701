package io.github.cloudsync.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which one of a template's live jobs cloudsync keeps when there are several, and why: the job that runs (schedule
 * Active), else the one with the latest execution, else the first by id; every other one is an extra. The one rule
 * plan, apply, status and restart share, so that a Disabled twin is never kept over the job that syncs.
 */
public record JobChoice(Job kept, Basis basis, List<Job> others) {
    /** Why {@link #kept} was chosen over the others. */
    public enum Basis {
        /** It is the only job of its template. */
        ONLY,
        /** Its schedule is Active and no other job's is. */
        ACTIVE,
        /** Its last execution began latest, among the Active ones if several are (else among all). */
        LATEST_EXECUTION,
        /** Nothing else tells the jobs apart: it is the first by id. */
        FIRST_BY_ID
    }

    public JobChoice {
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(basis, "basis");
        others = List.copyOf(others);
    }

    /** The choice among {@code jobs} (all of one template); empty when there is none. */
    public static Optional<JobChoice> among(List<Job> jobs) {
        List<Job> byId = jobs.stream().sorted(Comparator.comparing(Job::id)).toList();
        if (byId.isEmpty()) {
            return Optional.empty();
        }
        if (byId.size() == 1) {
            return Optional.of(new JobChoice(byId.get(0), Basis.ONLY, List.of()));
        }
        List<Job> active = byId.stream()
                .filter(j -> j.scheduleState() == ScheduleState.ACTIVE)
                .toList();
        if (active.size() == 1) {
            return Optional.of(choice(byId, active.get(0), Basis.ACTIVE));
        }
        List<Job> candidates = active.isEmpty() ? byId : active;
        Optional<Job> latest = latestExecution(candidates);
        return Optional.of(latest.map(j -> choice(byId, j, Basis.LATEST_EXECUTION))
                .orElseGet(() -> choice(byId, candidates.get(0), Basis.FIRST_BY_ID)));
    }

    private static JobChoice choice(List<Job> byId, Job kept, Basis basis) {
        return new JobChoice(
                kept,
                basis,
                byId.stream().filter(j -> !j.id().equals(kept.id())).toList());
    }

    /** The one job whose last execution began strictly latest; empty when none has one or the latest is a tie. */
    private static Optional<Job> latestExecution(List<Job> jobs) {
        Job latest = null;
        Instant latestBegan = null;
        boolean tie = false;
        for (Job job : jobs) {
            Optional<Instant> began = began(job);
            if (began.isEmpty()) {
                continue;
            }
            int order = latestBegan == null ? 1 : began.get().compareTo(latestBegan);
            if (order > 0) {
                latest = job;
                latestBegan = began.get();
                tie = false;
            } else if (order == 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(latest);
    }

    /** When the job's last execution began, from Graph's ISO-8601 text; empty when absent or unreadable. */
    private static Optional<Instant> began(Job job) {
        String text =
                job.status().lastExecution().map(JobStatus.Execution::timeBegan).orElse(null);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
