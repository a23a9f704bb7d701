package io.github.cloudsync.model;

/** The job's schema has no synchronization rule with an enabled object mapping for the type asked to provision. */
public final class ProvisioningRuleMissing extends CloudsyncException {
    private final String templateId;
    private final String objectTypeName;

    public ProvisioningRuleMissing(String templateId, String jobId, String objectTypeName) {
        super(
                "the " + templateId + " job " + jobId + " has no synchronization rule that provisions " + objectTypeName
                        + " objects (no enabled object mapping from " + objectTypeName + " in its schema)",
                null);
        this.templateId = templateId;
        this.objectTypeName = objectTypeName;
    }

    @Override
    public String failureCode() {
        return "provisioning_rule_missing";
    }

    public String templateId() {
        return templateId;
    }

    public String objectTypeName() {
        return objectTypeName;
    }
}
