package io.github.cloudsync.model;

/**
 * Another apply created a job of the same template on the same service principal at the same time; this one deleted the
 * job it had just created (the older one stays) and stopped.
 */
public final class ConcurrentJobCreate extends CloudsyncException {
    private final String templateId;
    private final String keptId;
    private final String ownDuplicateId;

    public ConcurrentJobCreate(String templateId, String keptId, String ownDuplicateId) {
        super(
                "another apply created " + templateId + " job " + keptId + " at the same time; this run deleted its own"
                        + " duplicate " + ownDuplicateId + " and stopped",
                null);
        this.templateId = templateId;
        this.keptId = keptId;
        this.ownDuplicateId = ownDuplicateId;
    }

    @Override
    public String failureCode() {
        return "concurrent_job_create";
    }

    public String templateId() {
        return templateId;
    }

    public String keptId() {
        return keptId;
    }

    public String ownDuplicateId() {
        return ownDuplicateId;
    }
}
