package io.github.cloudsync.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The job-level settings cloudsync reads from a job ({@code synchronizationJobSettings}), decoded by graph's codec:
 * today the delete threshold the job carries, read alongside the secrets so that a setting can move from the secrets
 * to the job without a profile change (docs/graph.md section 16.5). Empty when the job has none or it is unreadable.
 */
public record JobSettings(Optional<Integer> deleteThreshold) {
    /** No settings, as on a job that never started. */
    public static final JobSettings NONE = new JobSettings(Optional.empty());

    public JobSettings {
        Objects.requireNonNull(deleteThreshold, "deleteThreshold");
    }
}
