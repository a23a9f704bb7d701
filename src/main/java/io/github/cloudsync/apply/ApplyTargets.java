package io.github.cloudsync.apply;

import io.github.cloudsync.graph.GraphReader;
import io.github.cloudsync.graph.ReadsAfterWrites;
import io.github.cloudsync.model.ApplyTargetMissing;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobChoice;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The objects an apply works on: known from the live state, or learned from the steps that create them (the
 * "(known after apply)" values). The provisioning schema is read lazily, once, when a job was created in this apply.
 * Steps that run at the same time share it: every field is safe to read from any thread, and the steps that read the
 * schema (its write, discover) wait for each other.
 */
final class ApplyTargets {
    private final GraphReader reader;
    private final LiveState live;
    private volatile String servicePrincipalId;
    private final Map<JobTemplate, String> jobIds = new ConcurrentHashMap<>();
    private volatile JsonNode provisioningSchema;
    private volatile Optional<String> domain;
    private volatile List<ServicePrincipal> listedAfterCreate;
    private volatile LiveSecrets readAfterWrite;

    ApplyTargets(GraphReader reader, LiveState live) {
        this.reader = reader;
        this.live = live;
        this.servicePrincipalId =
                live.servicePrincipal().map(ServicePrincipal::id).orElse(null);
        // apply acts on the job the planner keeps of each template (JobChoice)
        for (JobTemplate template : JobTemplate.values()) {
            JobChoice.among(live.jobs(template))
                    .ifPresent(c -> jobIds.put(template, c.kept().id()));
        }
        this.provisioningSchema = live.provisioningSchema().orElse(null);
        this.domain = live.secrets().value(SecretValue.Domain.class).map(SecretValue.Domain::name);
    }

    /** The service principal's id, when known. */
    Optional<String> knownServicePrincipalId() {
        return Optional.ofNullable(servicePrincipalId);
    }

    /** The template's job id, when known. */
    Optional<String> knownJobId(JobTemplate template) {
        return Optional.ofNullable(jobIds.get(template));
    }

    String organizationId() {
        return live.organization().id();
    }

    String servicePrincipalId() {
        String id = servicePrincipalId;
        if (id == null) {
            throw new ApplyTargetMissing("the configuration's service principal");
        }
        return id;
    }

    void servicePrincipalCreated(ServicePrincipal sp) {
        servicePrincipalId = sp.id();
    }

    String jobId(JobTemplate template) {
        String id = jobIds.get(template);
        if (id == null) {
            throw new ApplyTargetMissing("job " + template.templateId());
        }
        return id;
    }

    void jobCreated(JobTemplate template, Job job) {
        jobIds.put(template, job.id());
        if (template == JobTemplate.PROVISIONING) {
            provisioningSchema = null;
        }
    }

    void jobDeleted(JobTemplate template, String jobId) {
        jobIds.remove(template, jobId);
    }

    /** The provisioning schema as Graph holds it now: from the live state, else read once. */
    JsonNode provisioningSchema() {
        JsonNode schema = provisioningSchema;
        if (schema == null) {
            schema = reader.schema(servicePrincipalId(), jobId(JobTemplate.PROVISIONING));
            provisioningSchema = schema;
        }
        return schema;
    }

    void provisioningSchemaWritten(JsonNode schema) {
        provisioningSchema = schema;
    }

    /** The secrets this apply wrote: the domain they name is the configuration's from now on. */
    void secretsWritten(List<SecretValue> values) {
        values.stream()
                .filter(SecretValue.Domain.class::isInstance)
                .map(v -> ((SecretValue.Domain) v).name())
                .findFirst()
                .ifPresent(name -> domain = Optional.of(name));
    }

    /** The configuration's on-premises AD domain: as written by this apply, else as read; empty when unknown. */
    Optional<String> domain() {
        return domain;
    }

    /** The secrets the merge starts from: none on a service principal made in this apply. */
    LiveSecrets secrets() {
        return live.servicePrincipal().isPresent() ? live.secrets() : LiveSecrets.NONE;
    }

    /** The service principals of the configuration's name, listed after this run made one (its race check). */
    void servicePrincipalsListed(List<ServicePrincipal> listed) {
        listedAfterCreate = List.copyOf(listed);
    }

    /** The secrets as read back after this run's write (its loss check). */
    void secretsReadBack(LiveSecrets read) {
        readAfterWrite = read;
    }

    /** What this run read after its last write of it, for the convergence re-read to use instead of reading again. */
    ReadsAfterWrites readsAfterWrites() {
        return new ReadsAfterWrites(Optional.ofNullable(listedAfterCreate), Optional.ofNullable(readAfterWrite));
    }
}
