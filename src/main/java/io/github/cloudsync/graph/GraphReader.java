package io.github.cloudsync.graph;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The read-only Graph seam: every method is a GET, so a command given only this interface cannot write. */
public interface GraphReader {
    /** {@code GET /organization}: the tenant's one organization record. */
    Organization organization();

    /**
     * {@code GET /servicePrincipals?$filter=...}: the service principals made from {@code applicationTemplateId} whose
     * display name is exactly {@code displayName}, following {@code @odata.nextLink}.
     */
    List<ServicePrincipal> findServicePrincipals(String applicationTemplateId, String displayName);

    /** {@code GET /servicePrincipals/{id}/synchronization/jobs}. */
    List<Job> jobs(String servicePrincipalId);

    /**
     * {@code GET /servicePrincipals/{id}/synchronization/secrets}: masked values come back as {@code "*"}; the owned
     * keys' values are decoded by {@link SecretsCodec}.
     */
    LiveSecrets secrets(String servicePrincipalId);

    /** {@code GET .../jobs/{jobId}/schema}: the raw schema tree, keys and order exactly as Graph sent them. */
    JsonNode schema(String servicePrincipalId, String jobId);

    /**
     * The same GET read without {@code directories}: what the differ compares, for a reader that neither fingerprints
     * the schema nor writes it back (drift, a plan that is not saved).
     */
    JsonNode schemaRules(String servicePrincipalId, String jobId);

    /**
     * {@code GET .../synchronization/templates/{templateId}/schema} (docs/graph.md section 16.8): the default schema a
     * new job of the template starts from, read without {@code directories} as {@link #schemaRules} is, and otherwise
     * exactly as Graph sent it (unknown fields, order and enum casing kept).
     */
    JsonNode templateSchemaRules(String servicePrincipalId, String templateId);

    /**
     * {@code GET .../jobs/{jobId}/schema}, read for provisioning on demand: the id of the first synchronization rule with
     * an enabled object mapping from {@code objectTypeName} (compared without case), the {@code ruleId} that
     * provisionOnDemand takes (docs/graph.md section 16.10); empty when the job's schema has none.
     */
    Optional<String> provisioningRule(String servicePrincipalId, String jobId, String objectTypeName);
}
