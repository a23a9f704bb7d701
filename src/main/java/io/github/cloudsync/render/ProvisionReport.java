package io.github.cloudsync.render;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.ProvisioningResult;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.Objects;

/**
 * What {@code cloudsync provision} shows: which object of which type was provisioned through which configuration, job
 * and rule, and what Graph answered.
 */
public record ProvisionReport(
        String profileName,
        String tenantId,
        ServicePrincipal servicePrincipal,
        Job job,
        String ruleId,
        String objectTypeName,
        String objectId,
        ProvisioningResult result) {
    public ProvisionReport {
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(servicePrincipal, "servicePrincipal");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(objectTypeName, "objectTypeName");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(result, "result");
    }
}
