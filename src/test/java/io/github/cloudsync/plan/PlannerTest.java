package io.github.cloudsync.plan;

import static io.github.cloudsync.plan.ProfileBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobStatus;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Secret;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner's rules as a table (docs/architecture.md section 3): each row is a profile, a live state and the plan
 * expected, as "kind address" lines in order.
 */
class PlannerTest {
    private static final String START_PROVISIONING = "start job/AD2AADProvisioning/state";

    static Stream<Arguments> rules() {
        Profile plain = contoso().build();
        Profile phs = contoso().passwordHashSync(true).build();
        LiveState synced = Tenants.inSync(plain);
        LiveState syncedPhs = Tenants.inSync(phs);
        return Stream.of(
                row(
                        "empty tenant, full configuration",
                        phs,
                        Tenants.empty(null),
                        "update tenant/directorySync",
                        "create servicePrincipal",
                        "create job/AD2AADPasswordHash",
                        "create job/AD2AADProvisioning",
                        "update job/AD2AADProvisioning/schema",
                        "update secrets",
                        "start job/AD2AADPasswordHash/state",
                        START_PROVISIONING),
                row("in sync", plain, synced),
                row("in sync with password hash sync", phs, syncedPhs),
                row(
                        "directory sync null counts as false",
                        contoso().directorySync(false).build(),
                        withOrganization(
                                Tenants.inSync(contoso().directorySync(false).build()), null)),
                row(
                        "directory sync null but wanted",
                        plain,
                        withOrganization(synced, null),
                        "update tenant/directorySync"),
                row(
                        "directory sync on but not wanted",
                        contoso().directorySync(false).build(),
                        synced,
                        "update tenant/directorySync"),
                row(
                        "password hash sync turned on",
                        phs,
                        synced,
                        "create job/AD2AADPasswordHash",
                        "update job/AD2AADProvisioning/schema",
                        "update secrets",
                        "start job/AD2AADPasswordHash/state"),
                row(
                        "password hash sync turned off",
                        plain,
                        syncedPhs,
                        "delete job/AD2AADPasswordHash",
                        "update job/AD2AADProvisioning/schema",
                        "update secrets"),
                row("domain changed", contoso().domain("fabrikam.com").build(), synced, "update secrets"),
                row(
                        "domain differs only in case",
                        contoso().domain("Contoso.COM").build(),
                        synced),
                row(
                        "threshold and recipients changed",
                        contoso()
                                .accidentalDeletes(true, 50)
                                .notifications(true, "a@contoso.com", "b@contoso.com")
                                .build(),
                        synced,
                        "update secrets"),
                row(
                        "Exchange writeback turned on",
                        contoso().exchangeHybridWriteback(true).build(),
                        synced,
                        "read job/AD2AADProvisioning/schema/directories/discover",
                        "create job/AAD2ADExchangeHybridWriteback",
                        "start job/AAD2ADExchangeHybridWriteback/state"),
                row(
                        "Exchange writeback job exists: no discover",
                        contoso().exchangeHybridWriteback(true).build(),
                        Tenants.inSync(contoso().exchangeHybridWriteback(true).build())),
                row(
                        "Exchange writeback turned off",
                        plain,
                        Tenants.inSync(contoso().exchangeHybridWriteback(true).build()),
                        "delete job/AAD2ADExchangeHybridWriteback"),
                row(
                        "device sync turned on: created and started",
                        contoso().deviceSync(true).build(),
                        synced,
                        "create job/AD2AADDeviceSync",
                        "start job/AD2AADDeviceSync/state"),
                row(
                        "device sync on and in sync",
                        contoso().deviceSync(true).build(),
                        Tenants.inSync(contoso().deviceSync(true).build())),
                row(
                        "device sync turned off",
                        contoso().deviceSync(false).build(),
                        Tenants.inSync(contoso().deviceSync(true).build()),
                        "delete job/AD2AADDeviceSync"),
                row(
                        "device sync not said: a device sync job is left alone",
                        plain,
                        Tenants.inSync(contoso().deviceSync(true).build())),
                row(
                        "device sync paused outside cloudsync is started",
                        contoso().deviceSync(true).build(),
                        withJobs(
                                synced,
                                Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.ACTIVE),
                                Tenants.job(JobTemplate.DEVICE_SYNC, "d", ScheduleState.PAUSED)),
                        "start job/AD2AADDeviceSync/state"),
                row(
                        "paused profile pauses a running device sync job",
                        contoso().deviceSync(true).state(DesiredState.PAUSED).build(),
                        Tenants.inSync(contoso().deviceSync(true).build()),
                        "pause job/AD2AADDeviceSync/state",
                        "pause job/AD2AADProvisioning/state"),
                row(
                        "job paused outside cloudsync",
                        plain,
                        withJobs(synced, Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.PAUSED)),
                        START_PROVISIONING),
                row(
                        "disabled job is started",
                        plain,
                        withJobs(synced, Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.DISABLED)),
                        START_PROVISIONING),
                row(
                        "running job is never started",
                        plain,
                        withJobs(synced, Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.ACTIVE))),
                row(
                        "paused profile pauses a running job",
                        contoso().state(DesiredState.PAUSED).build(),
                        synced,
                        "pause job/AD2AADProvisioning/state"),
                row(
                        "paused profile leaves a disabled job alone",
                        contoso().state(DesiredState.PAUSED).build(),
                        withJobs(synced, Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.DISABLED))),
                row(
                        "paused profile creates jobs disabled and leaves them",
                        contoso().state(DesiredState.PAUSED).build(),
                        Tenants.empty(true),
                        "create servicePrincipal",
                        "create job/AD2AADProvisioning",
                        "update secrets"),
                row(
                        "quarantined job is not started",
                        plain,
                        withJobs(synced, Tenants.quarantined(JobTemplate.PROVISIONING, "a", "TooManyDeletes"))),
                row(
                        "duplicate jobs: extras deleted, first by id kept",
                        plain,
                        withJobs(
                                synced,
                                Tenants.job(JobTemplate.PROVISIONING, "b", ScheduleState.ACTIVE),
                                Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.ACTIVE),
                                Tenants.job(JobTemplate.PROVISIONING, "c", ScheduleState.PAUSED)),
                        "delete job/AD2AADProvisioning[AD2AADProvisioning.b]",
                        "delete job/AD2AADProvisioning[AD2AADProvisioning.c]"),
                row(
                        "duplicate jobs: the Active one is kept over a Disabled one that sorts first",
                        plain,
                        withJobs(
                                synced,
                                Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.DISABLED),
                                Tenants.job(JobTemplate.PROVISIONING, "b", ScheduleState.ACTIVE)),
                        "delete job/AD2AADProvisioning[AD2AADProvisioning.a]"),
                row(
                        "duplicate jobs, none Active: the one that ran last is kept and started",
                        plain,
                        withJobs(
                                synced,
                                ran(
                                        Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.PAUSED),
                                        "2026-11-01T09:00:00Z"),
                                ran(
                                        Tenants.job(JobTemplate.PROVISIONING, "b", ScheduleState.PAUSED),
                                        "2026-11-01T10:00:00Z")),
                        START_PROVISIONING,
                        "delete job/AD2AADProvisioning[AD2AADProvisioning.a]"),
                row(
                        "unwanted template with two jobs: both deleted",
                        plain,
                        withJobs(
                                synced,
                                Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.ACTIVE),
                                Tenants.job(JobTemplate.PASSWORD_HASH, "y", ScheduleState.ACTIVE),
                                Tenants.job(JobTemplate.PASSWORD_HASH, "x", ScheduleState.ACTIVE)),
                        "delete job/AD2AADPasswordHash",
                        "delete job/AD2AADPasswordHash[AD2AADPasswordHash.y]",
                        "update secrets"),
                row(
                        "provisioning job missing with password hash sync: schema known after apply",
                        phs,
                        withoutJobs(syncedPhs, JobTemplate.PROVISIONING),
                        "create job/AD2AADProvisioning",
                        "update job/AD2AADProvisioning/schema",
                        "update secrets",
                        START_PROVISIONING),
                row(
                        "unrelated and masked secrets do not trigger a write",
                        plain,
                        withSecrets(
                                synced,
                                concat(
                                        synced.secrets().read(),
                                        List.of(
                                                new Secret("Password", "*"),
                                                new Secret("UserName", "svc@contoso.com"),
                                                new Secret("SyncAll", "false"))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void plansWhatTheRuleSays(String name, Profile profile, LiveState live, List<String> expected) {
        Plan plan = Planner.plan(profile, live);

        assertThat(plan.actions())
                .extracting(a -> a.kind().verb() + " " + a.address())
                .containsExactlyElementsOf(expected);
        assertThat(plan.actions()).allSatisfy(a -> assertThat(a.reason()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void applyingThePlanConverges(String name, Profile profile, LiveState live, List<String> expected) {
        TenantSimulator tenant = new TenantSimulator(live, Schemas.modern());
        tenant.apply(Planner.plan(profile, live));

        assertThat(Planner.plan(profile, tenant.view()).actions()).isEmpty();
    }

    private static Arguments row(String name, Profile profile, LiveState live, String... expected) {
        return Arguments.of(name, profile, live, List.of(expected));
    }

    static LiveState withOrganization(LiveState live, Boolean directorySync) {
        return new LiveState(
                new Organization(live.organization().id(), directorySync),
                live.servicePrincipal(),
                live.jobs(),
                live.secrets(),
                live.provisioningSchema());
    }

    /** The job with a last execution that began at {@code began}. */
    static Job ran(Job job, String began) {
        JobStatus status = new JobStatus(
                job.status().code(),
                Optional.empty(),
                Optional.of(new JobStatus.Execution("Succeeded", began, began, 1, 1, 0, null, null)),
                Optional.empty(),
                null,
                0);
        return new Job(job.id(), job.templateId(), job.scheduleState(), job.interval(), status);
    }

    /** The live state with its jobs of the given jobs' templates replaced by them. */
    static LiveState withJobs(LiveState live, Job... jobs) {
        List<String> templates = Stream.of(jobs).map(Job::templateId).toList();
        List<Job> kept = live.jobs().stream()
                .filter(j -> !templates.contains(j.templateId()))
                .toList();
        return Tenants.with(live, concat(kept, List.of(jobs)), live.secrets().read(), live.provisioningSchema());
    }

    static LiveState withoutJobs(LiveState live, JobTemplate template) {
        List<Job> kept = live.jobs().stream()
                .filter(j -> !j.templateId().equals(template.templateId()))
                .toList();
        return Tenants.with(live, kept, live.secrets().read(), Optional.empty());
    }

    /** The live state with its secrets of the given keys replaced by them. */
    static LiveState withSecrets(LiveState live, List<Secret> secrets) {
        List<String> keys = secrets.stream().map(Secret::key).toList();
        List<Secret> kept = live.secrets().read().stream()
                .filter(s -> !keys.contains(s.key()))
                .toList();
        return Tenants.with(live, live.jobs(), concat(kept, secrets), live.provisioningSchema());
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
