package io.github.cloudsync.apply;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.plan.Action;

/**
 * What a step leaves to check after its write: the race rules for the service principal and the jobs, and the secrets
 * read back (issue 16's safety reads, docs/plan.md, Ordering). The steps that wait for a step wait for its
 * write; the directory sync flag and every job start also wait for its check ({@link StepDependencies}), so a check
 * runs beside the next writes instead of before them, and checks waiting together share one read ({@link StepChecks}).
 * A check that fails fails its step.
 */
sealed interface StepCheck {
    /** This run made {@code created}: it must be the oldest service principal of its name (else it is deleted). */
    record OldestServicePrincipal(ServicePrincipal created, String displayName) implements StepCheck {}

    /** This run made {@code created}: it must be listed first of its template (else it is deleted). */
    record FirstJob(JobTemplate template, Job created) implements StepCheck {}

    /** This run wrote the secrets: read back, they must hold every key they held before. */
    record SecretsKept(String servicePrincipalId) implements StepCheck {}

    /** Whether running {@code action} leaves a check: the one home of which steps do. */
    static boolean leftBy(Action action) {
        return action instanceof Action.CreateServicePrincipal
                || action instanceof Action.CreateJob
                || action instanceof Action.PutSecrets;
    }
}
