package io.github.cloudsync.provision;

import io.github.cloudsync.graph.GraphReader;
import io.github.cloudsync.graph.GraphWriter;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ProvisioningResult;
import io.github.cloudsync.model.ProvisioningRuleMissing;
import io.github.cloudsync.read.ConfigurationRead;
import java.util.Objects;

/**
 * One provision-on-demand run: the profile's configuration read (its tenant checked), the job of the object's type,
 * the rule id read from that job's schema (never assumed: docs/graph.md section 4.6), then one provisionOnDemand
 * request. It refuses before writing when the job or the rule does not exist.
 */
public record ProvisionRun(
        ConfigurationRead read, Job job, String ruleId, SubjectType type, String objectId, ProvisioningResult result) {
    public ProvisionRun {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(result, "result");
    }

    /** Provisions {@code objectId} (a distinguished name) of {@code type} through the profile's configuration. */
    public static ProvisionRun run(
            Profile profile,
            String profileArgument,
            String objectId,
            SubjectType type,
            GraphReader reader,
            GraphWriter writer) {
        ConfigurationRead read = ConfigurationRead.read(profile, profileArgument, reader);
        Job job = read.job(type.templateId());
        String spId = read.servicePrincipal().id();
        String ruleId = reader.provisioningRule(spId, job.id(), type.objectTypeName())
                .orElseThrow(() -> new ProvisioningRuleMissing(job.templateId(), job.id(), type.objectTypeName()));
        ProvisioningResult result = writer.provisionOnDemand(spId, job.id(), ruleId, objectId, type.objectTypeName());
        return new ProvisionRun(read, job, ruleId, type, objectId, result);
    }
}
