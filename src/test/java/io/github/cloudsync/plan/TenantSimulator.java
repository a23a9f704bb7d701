package io.github.cloudsync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobStatus;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A pure stand-in for Graph in plan tests: applies a plan's actions to a tenant the way apply and Graph would
 * (graph-api.md: jobs created disabled, secrets PUT merged per key, AppKey never returned, sensitive keys masked,
 * schema PUT = GET body with the patch applied), and shows the tenant as a {@link LiveState}.
 */
public final class TenantSimulator {
    /** Keys Graph masks on GET (graph-api.md section 4.9). */
    private static final Set<String> MASKED = Set.of("Password", "SecretToken", "ClientSecret");

    private final JsonNode defaultSchema;
    private Organization organization;
    private Optional<ServicePrincipal> servicePrincipal;
    private final List<Job> jobs;
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, JsonNode> schemas = new HashMap<>();
    private final List<List<Secret>> secretBodies = new ArrayList<>();
    private int created;

    public TenantSimulator(LiveState start, JsonNode defaultSchema) {
        this.defaultSchema = defaultSchema;
        this.organization = start.organization();
        this.servicePrincipal = start.servicePrincipal();
        this.jobs = new ArrayList<>(start.jobs());
        start.secrets().forEach(s -> secrets.put(s.key(), s.value()));
        first(JobTemplate.PROVISIONING)
                .ifPresent(j -> schemas.put(j.id(), start.provisioningSchema().orElse(defaultSchema)));
    }

    /** The tenant as a read of Graph would show it. */
    public LiveState view() {
        List<Secret> visible = new ArrayList<>();
        secrets.forEach((key, value) -> {
            if (!key.equals("AppKey")) {
                visible.add(new Secret(key, MASKED.contains(key) ? Secret.MASK : value));
            }
        });
        Optional<JsonNode> schema = first(JobTemplate.PROVISIONING).map(j -> schemas.get(j.id()));
        return new LiveState(organization, servicePrincipal, jobs, visible, schema);
    }

    /** Every secrets PUT body sent so far. */
    public List<List<Secret>> secretBodies() {
        return secretBodies;
    }

    /** The AppKey value Graph holds, which a GET never shows. */
    public Optional<String> appKey() {
        return Optional.ofNullable(secrets.get("AppKey"));
    }

    public void apply(Plan plan) {
        plan.actions().forEach(this::apply);
    }

    private void apply(Action action) {
        if (action instanceof Action.SetDirectorySync a) {
            organization = new Organization(organization.id(), a.enabled());
        } else if (action instanceof Action.CreateServicePrincipal a) {
            servicePrincipal = Optional.of(
                    new ServicePrincipal("sp-new", "app-new", a.displayName(), Tenants.CLOUD_SYNC_TEMPLATE));
        } else if (action instanceof Action.CreateJob a) {
            assertThat(servicePrincipal).as("a job needs a service principal").isPresent();
            String id = a.template().templateId() + ".new" + (created++);
            jobs.add(new Job(id, a.template().templateId(), ScheduleState.DISABLED, "PT40M", JobStatus.of("Paused")));
            if (a.template() == JobTemplate.PROVISIONING) {
                schemas.put(id, defaultSchema.deepCopy());
            }
        } else if (action instanceof Action.DeleteJob a) {
            assertThat(jobs.removeIf(j -> j.id().equals(a.jobId())))
                    .as("deleted job exists")
                    .isTrue();
            schemas.remove(a.jobId());
        } else if (action instanceof Action.PutSecrets a) {
            List<Secret> body = SecretsMerge.merge(view().secrets(), a.values());
            secretBodies.add(body);
            body.forEach(s -> secrets.put(s.key(), s.value()));
        } else if (action instanceof Action.PutSchema a) {
            Job job = first(JobTemplate.PROVISIONING).orElseThrow();
            JsonNode schema = schemas.get(job.id());
            JsonNode patch = a.patch().orElseGet(() -> SchemaPatch.patch(schema, a.passwordHashSync()));
            schemas.put(job.id(), SchemaPatch.apply(schema, patch));
        } else if (action instanceof Action.StartJob a) {
            Job job = first(a.template()).orElseThrow();
            assertThat(job.scheduleState()).as("never start a running job").isNotEqualTo(ScheduleState.ACTIVE);
            assertThat(job.quarantined()).as("never start a quarantined job").isFalse();
            replace(job, ScheduleState.ACTIVE, "Active");
        } else if (action instanceof Action.PauseJob a) {
            Job job = first(a.template()).orElseThrow();
            replace(job, ScheduleState.PAUSED, job.quarantined() ? job.status().code() : "Paused");
        } else if (action instanceof Action.DiscoverDirectory) {
            assertThat(first(JobTemplate.PROVISIONING))
                    .as("discover needs the provisioning job")
                    .isPresent();
        }
    }

    private void replace(Job job, ScheduleState state, String code) {
        JobStatus status = new JobStatus(
                code,
                job.status().quarantine(),
                job.status().lastExecution(),
                job.status().lastSuccessfulExecution(),
                job.status().steadyStateLastAchievedTime(),
                job.status().countSuccessiveCompleteFailures());
        jobs.set(jobs.indexOf(job), new Job(job.id(), job.templateId(), state, job.interval(), status));
    }

    private Optional<Job> first(JobTemplate template) {
        return jobs.stream()
                .filter(j -> j.templateId().equals(template.templateId()))
                .min(Comparator.comparing(Job::id));
    }
}
