package io.github.cloudsync.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What Graph holds for one configuration, read with GETs only. The provisioning schema stays a raw JSON tree (never
 * re-serialised through a model) and is empty when there is no provisioning job or it was not needed; treat it as
 * immutable. The secrets are as Graph's codec read them: as returned, and the owned values decoded.
 */
public record LiveState(
        Organization organization,
        Optional<ServicePrincipal> servicePrincipal,
        List<Job> jobs,
        LiveSecrets secrets,
        Optional<JsonNode> provisioningSchema) {
    public LiveState {
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(secrets, "secrets");
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
