package io.github.cloudsync.model;

/**
 * {@code restart --scope quarantine} was asked for a job that holds back deletes (TooManyDeletes): a QuarantineState
 * restart does not release held deletes, so the job would stay stuck; allow-deletes (ForceDeletes) does, after review
 * (docs/graph.md section 16.4).
 */
public final class DeletesHeld extends CloudsyncException {
    private final String templateId;
    private final String jobId;
    private final String profileArgument;

    public DeletesHeld(String templateId, String jobId, String profileArgument) {
        super(
                templateId + " job " + jobId + " is quarantined for TooManyDeletes: it holds back deletes, and a"
                        + " restart with resetScope QuarantineState does not release them",
                null);
        this.templateId = templateId;
        this.jobId = jobId;
        this.profileArgument = profileArgument;
    }

    @Override
    public String failureCode() {
        return "deletes_held";
    }

    public String templateId() {
        return templateId;
    }

    public String jobId() {
        return jobId;
    }

    public String profileArgument() {
        return profileArgument;
    }
}
