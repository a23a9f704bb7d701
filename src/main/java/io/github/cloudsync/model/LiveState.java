package io.github.cloudsync.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What Graph holds for one configuration, read with GETs only. The provisioning schema stays a raw JSON tree (never
 * re-serialised through a model) and is empty when there is no provisioning job or it was not needed; so is the
 * provisioning template's default schema, read only when the profile's attribute mappings need it. Treat both as
 * immutable. The secrets are as Graph's codec read them: as returned, and the owned values decoded.
 */
public record LiveState(
        Organization organization,
        Optional<ServicePrincipal> servicePrincipal,
        List<Job> jobs,
        LiveSecrets secrets,
        Optional<JsonNode> provisioningSchema,
        Optional<JsonNode> provisioningTemplateSchema) {
    public LiveState {
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(provisioningSchema, "provisioningSchema");
        Objects.requireNonNull(provisioningTemplateSchema, "provisioningTemplateSchema");
    }

    /** A live state without the template's default schema (the profile did not need it). */
    public LiveState(
            Organization organization,
            Optional<ServicePrincipal> servicePrincipal,
            List<Job> jobs,
            LiveSecrets secrets,
            Optional<JsonNode> provisioningSchema) {
        this(organization, servicePrincipal, jobs, secrets, provisioningSchema, Optional.empty());
    }

    /** The state of a tenant with no configuration yet. */
    public static LiveState empty(Organization organization) {
        return new LiveState(organization, Optional.empty(), List.of(), LiveSecrets.NONE, Optional.empty());
    }

    public List<Job> jobs(JobTemplate template) {
        return jobs.stream().filter(j -> j.is(template)).toList();
    }

    public Optional<Secret> secret(String key) {
        return secrets.secret(key);
    }
}
