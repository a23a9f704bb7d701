package io.github.cloudsync.graph;

import io.github.cloudsync.model.DiscoveredDirectory;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.ProvisioningResult;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The mutating Graph seam; only {@code apply} and the operations commands receive it. */
public interface GraphWriter {
    /** {@code PATCH /organization/{id}} with {@code onPremisesSyncEnabled}; 204. */
    void setDirectorySyncEnabled(String organizationId, boolean enabled);

    /**
     * {@code POST /applicationTemplates/{id}/instantiate}; 201. Not idempotent: when the response is lost the client
     * re-reads and adopts the service principal the first attempt made instead of sending it again.
     */
    ServicePrincipal instantiate(String applicationTemplateId, String displayName);

    /** {@code POST .../synchronization/jobs} with {@code templateId}; 201, created disabled. Lost responses as above. */
    Job createJob(String servicePrincipalId, String templateId);

    /** {@code DELETE .../jobs/{jobId}}; 204. Synchronized objects are left as they are. */
    void deleteJob(String servicePrincipalId, String jobId);

    /**
     * {@code DELETE /servicePrincipals/{id}}; 204. Used only to take back a duplicate this run itself created when it
     * lost a race with another apply; a 404 counts as done.
     */
    void deleteServicePrincipal(String servicePrincipalId);

    /**
     * {@code PUT .../synchronization/secrets} with {@code {"value":[...]}}; 204. The body is the whole set: what the GET
     * returned ({@code live}) with the {@code owned} values merged over it (see {@link WriteBodies#secrets}).
     */
    void putSecrets(String servicePrincipalId, LiveSecrets live, List<SecretValue> owned);

    /**
     * {@code PUT .../jobs/{jobId}/schema} with the full schema (never PATCH): {@code current}, the GET body, with exactly
     * {@code patch} (RFC 6902) applied; 204. Returns the schema it sent.
     */
    JsonNode putSchema(String servicePrincipalId, String jobId, JsonNode current, JsonNode patch);

    /** {@code POST .../jobs/{jobId}/schema/directories/{directoryId}/discover}; 200 with the directory definition. */
    DiscoveredDirectory discover(String servicePrincipalId, String jobId, String directoryId);

    /** {@code POST .../jobs/{jobId}/start}; 204. Never call it on a job whose schedule is Active. */
    void startJob(String servicePrincipalId, String jobId);

    /** {@code POST .../jobs/{jobId}/pause}; 204. */
    void pauseJob(String servicePrincipalId, String jobId);

    /** {@code POST .../jobs/{jobId}/restart} with {@code {"criteria":{"resetScope":...}}}; 204. */
    void restartJob(String servicePrincipalId, String jobId, String resetScope);

    /**
     * {@code POST .../jobs/{jobId}/provisionOnDemand} for one on-premises object ({@code objectId} its distinguished
     * name) through rule {@code ruleId}; 200 with the result and the steps run. Graph allows 5 requests per 10 seconds:
     * a 429 is waited out as its {@code Retry-After} says (docs/graph.md section 4.6).
     */
    ProvisioningResult provisionOnDemand(
            String servicePrincipalId, String jobId, String ruleId, String objectId, String objectTypeName);
}
