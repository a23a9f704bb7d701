package io.github.cloudsync.plan;

import io.github.cloudsync.graph.SecretsCodec;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobStatus;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Live states for tests: an empty tenant, jobs in any state, and a tenant already in sync with a profile. */
public final class Tenants {
    public static final String CLOUD_SYNC_TEMPLATE = "1a4721b3-e57f-4451-ae87-ef078703ec94";

    private Tenants() {}

    public static LiveState empty(Boolean directorySync) {
        return LiveState.empty(new Organization(ProfileBuilder.TENANT_ID, directorySync));
    }

    public static ServicePrincipal servicePrincipal() {
        return new ServicePrincipal(
                "11111111-1111-1111-1111-111111111111",
                "22222222-2222-2222-2222-222222222222",
                "contoso.com",
                CLOUD_SYNC_TEMPLATE);
    }

    public static Job job(JobTemplate template, String suffix, ScheduleState state) {
        String code = state == ScheduleState.ACTIVE ? "Active" : "Paused";
        return new Job(template.templateId() + "." + suffix, template.templateId(), state, "PT40M", JobStatus.of(code));
    }

    public static Job quarantined(JobTemplate template, String suffix, String reason) {
        JobStatus status = new JobStatus(
                "Quarantine",
                Optional.of(new JobStatus.Quarantine(
                        reason,
                        "2025-01-01T00:00:00Z",
                        "2025-01-01T01:00:00Z",
                        "2025-01-01T00:00:00Z",
                        1,
                        "SyncFabricTooManyDeletes",
                        "too many deletes")),
                Optional.empty(),
                Optional.empty(),
                null,
                0);
        return new Job(
                template.templateId() + "." + suffix, template.templateId(), ScheduleState.ACTIVE, "PT40M", status);
    }

    /** The tenant cloudsync leaves behind after applying the profile to an empty tenant (simulated). */
    public static LiveState inSync(Profile profile) {
        return inSync(profile, List.of());
    }

    /** As {@link #inSync(Profile)}, with other secrets that were there before cloudsync. */
    public static LiveState inSync(Profile profile, List<Secret> otherSecrets) {
        LiveState start = new LiveState(
                new Organization(ProfileBuilder.TENANT_ID, null),
                Optional.of(servicePrincipal()),
                List.of(),
                SecretsCodec.read(otherSecrets),
                Optional.empty());
        TenantSimulator tenant = new TenantSimulator(start, Schemas.modern());
        tenant.apply(Planner.plan(profile, start));
        return tenant.view();
    }

    /** The live state with these jobs, secrets (as a GET returns them, read by graph's codec) and schema. */
    public static LiveState with(LiveState live, List<Job> jobs, List<Secret> secrets, Optional<JsonNode> schema) {
        return new LiveState(live.organization(), live.servicePrincipal(), jobs, SecretsCodec.read(secrets), schema);
    }
}
