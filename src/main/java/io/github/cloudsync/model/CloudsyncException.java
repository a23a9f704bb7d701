package io.github.cloudsync.model;

/**
 * The one failure hierarchy: one type per kind of cause, each carrying the data of what happened, with a stable
 * {@link #failureCode()} and the exit code it means. What to do about each is written in one place (render's Advice),
 * and the CLI and drift turn a failure into output through one formatter.
 */
public abstract sealed class CloudsyncException extends RuntimeException
        permits ApplyTargetMissing,
                ConcurrentApply,
                ConcurrentJobCreate,
                ConfigurationMissing,
                DeletesHeld,
                DeletesNotHeld,
                DirectorySyncOffRefused,
                DiscoveryFailed,
                DomainUnknown,
                ExchangeSchemaMissing,
                GraphException,
                JobMissing,
                NotConverged,
                PlanForOtherGraph,
                ProfileException,
                ProvisioningRuleMissing,
                SavedPlanUnusable,
                SchemaDirectoryMissing,
                SecretsLost,
                StalePlan,
                StepFailed,
                UsageException,
                WrongTenant {
    protected CloudsyncException(String whatHappened, Throwable cause) {
        super(whatHappened, cause);
    }

    /** The kind of failure in snake_case, e.g. {@code stale_plan}: stable across versions, for scripts and renderers. */
    public abstract String failureCode();

    /** The process exit code this failure means. */
    public int exitCode() {
        return 1;
    }
}
