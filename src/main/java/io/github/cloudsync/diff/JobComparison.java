package io.github.cloudsync.diff;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One managed template: whether the profile wants a job of it, the live job kept (the first by id), and the other live
 * jobs of the same template (extras, since there is one job per template).
 */
public record JobComparison(JobTemplate template, boolean wanted, Optional<Job> first, List<Job> others) {
    public JobComparison {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(first, "first");
        others = List.copyOf(others);
    }
}
