package io.github.cloudsync.diff;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobChoice;
import io.github.cloudsync.model.JobTemplate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One managed template: whether the profile wants a job of it, and which of its live jobs is kept and why
 * ({@link JobChoice}); the others are extras, since there is one job per template.
 */
public record JobComparison(JobTemplate template, boolean wanted, Optional<JobChoice> live) {
    public JobComparison {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(live, "live");
    }

    /** The live job kept; empty when there is none. */
    public Optional<Job> first() {
        return live.map(JobChoice::kept);
    }

    /** The other live jobs of the template, by id. */
    public List<Job> others() {
        return live.map(JobChoice::others).orElse(List.of());
    }
}
