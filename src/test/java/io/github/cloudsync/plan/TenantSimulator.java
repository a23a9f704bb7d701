package io.github.cloudsync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobStatus;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pure stand-in for apply and Graph in plan tests, sharing no code with them: it applies a plan's actions to a model
 * of the tenant (jobs created disabled; secrets merged per key with its own merge, AppKey never returned, sensitive
 * keys masked; the CredentialData mapping added or removed by its own edit, not by the plan's patch) and shows the
 * tenant as a {@link LiveState}, its owned secret values read by its own decoder.
 */
public final class TenantSimulator {
    /** Keys Graph masks on GET (docs/graph.md section 4.9). */
    private static final Set<String> MASKED = Set.of("Password", "SecretToken", "ClientSecret");

    private static final JsonMapper JSON = JsonMapper.shared();

    /** The mapping as docs/graph.md section 1.2 gives it, written out here a second time on purpose. */
    private static final String CREDENTIAL_DATA = "{\"defaultValue\":null,\"exportMissingReferences\":false,"
            + "\"flowBehavior\":\"FlowWhenChanged\",\"flowType\":\"Always\",\"matchingPriority\":0,"
            + "\"targetAttributeName\":\"CredentialData\",\"source\":{\"expression\":\"[PasswordHash]\","
            + "\"name\":\"PasswordHash\",\"type\":\"Attribute\",\"parameters\":[]}}";

    private final JsonNode defaultSchema;
    private Organization organization;
    private Optional<ServicePrincipal> servicePrincipal;
    private final List<Job> jobs;
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, JsonNode> schemas = new HashMap<>();
    private final List<List<Secret>> secretBodies = new ArrayList<>();
    private int created;
    private final Set<String> doomed = new HashSet<>();

    public TenantSimulator(LiveState start, JsonNode defaultSchema) {
        this.defaultSchema = defaultSchema;
        this.organization = start.organization();
        this.servicePrincipal = start.servicePrincipal();
        this.jobs = new ArrayList<>(start.jobs());
        start.secrets().read().forEach(s -> secrets.putIfAbsent(s.key(), s.value()));
        start.jobs(JobTemplate.PROVISIONING)
                .forEach(j -> schemas.put(j.id(), start.provisioningSchema().orElse(defaultSchema)));
    }

    /** The tenant as a read of Graph would show it. */
    public LiveState view() {
        List<Secret> visible = new ArrayList<>();
        Map<SecretKey, SecretValue> decoded = new EnumMap<>(SecretKey.class);
        secrets.forEach((key, value) -> {
            if (!key.equals("AppKey")) {
                visible.add(new Secret(key, MASKED.contains(key) ? Secret.MASK : value));
                decode(key, value).ifPresent(v -> decoded.put(v.key(), v));
            }
        });
        Optional<JsonNode> schema = first(JobTemplate.PROVISIONING).map(j -> schemas.get(j.id()));
        return new LiveState(organization, servicePrincipal, jobs, new LiveSecrets(visible, decoded), schema);
    }

    /** Every secrets PUT body sent so far. */
    public List<List<Secret>> secretBodies() {
        return secretBodies;
    }

    /** The AppKey value Graph holds, which a GET never shows. */
    public Optional<String> appKey() {
        return Optional.ofNullable(secrets.get("AppKey"));
    }

    /** Runs the plan's actions in order; a job action acts on the job of its template the plan does not delete. */
    public void apply(Plan plan) {
        doomed.clear();
        plan.actions().stream()
                .filter(Action.DeleteJob.class::isInstance)
                .forEach(a -> doomed.add(((Action.DeleteJob) a).jobId()));
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
            List<Secret> body = merge(view().secrets().read(), a.values());
            secretBodies.add(body);
            body.forEach(s -> secrets.put(s.key(), s.value()));
        } else if (action instanceof Action.PutSchema a) {
            Job job = first(JobTemplate.PROVISIONING).orElseThrow();
            schemas.put(job.id(), credentialData(schemas.get(job.id()), a.passwordHashSync()));
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

    /** GET, merge, PUT: unowned keys kept unless masked, owned values' fields set over the live object. */
    private static List<Secret> merge(List<Secret> live, List<SecretValue> owned) {
        Map<String, ObjectNode> mine = new LinkedHashMap<>();
        owned.stream()
                .sorted(Comparator.comparing(v -> v.key().key()))
                .forEach(v -> mine.put(v.key().key(), text(v)));
        Map<String, String> body = new LinkedHashMap<>();
        for (Secret secret : live) {
            ObjectNode fields = mine.get(secret.key());
            if (fields == null && !secret.masked()) {
                body.putIfAbsent(secret.key(), secret.value());
            } else if (fields != null) {
                ObjectNode over = object(secret.masked() ? "" : secret.value()).orElseGet(JSON::createObjectNode);
                over.setAll(fields);
                body.putIfAbsent(secret.key(), over.toString());
            }
        }
        mine.forEach((key, fields) -> body.putIfAbsent(key, fields.toString()));
        List<Secret> secrets = new ArrayList<>();
        body.forEach((key, value) -> secrets.add(new Secret(key, value)));
        return secrets;
    }

    /** How Graph spells an owned value (docs/graph.md section 6.1), written out here a second time on purpose. */
    private static ObjectNode text(SecretValue value) {
        ObjectNode node = JSON.createObjectNode();
        if (value instanceof SecretValue.Domain d) {
            node.put("domain", d.name());
        } else if (value instanceof SecretValue.AppKey k) {
            node.put(
                    "appKeyScenario",
                    k.scenario() == SecretValue.AppKey.Scenario.PASSWORD_HASH
                            ? "AD2AADPasswordHash"
                            : "AD2AADProvisioning");
        } else if (value instanceof SecretValue.NotificationSettings s) {
            node.put("Enabled", s.notifications().enabled());
            node.put("Recipients", String.join(";", s.notifications().recipients()));
            node.put("DeleteThresholdEnabled", s.accidentalDeletes().enabled());
            node.put("DeleteThresholdValue", s.accidentalDeletes().threshold());
        }
        return node;
    }

    /** Reads an owned value as Graph means it: an omitted field is Graph's default (on, no recipients, on, 500). */
    private static Optional<SecretValue> decode(String key, String value) {
        Optional<ObjectNode> node = MASKED.contains(key) ? Optional.empty() : object(value);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        JsonNode o = node.get();
        if (key.equals("Domain")) {
            return o.path("domain").isString()
                    ? Optional.of(new SecretValue.Domain(o.path("domain").asString()))
                    : Optional.empty();
        }
        if (!key.equals("SyncNotificationSettings")) {
            return Optional.empty();
        }
        Optional<String> enabled = scalar(o.path("Enabled"), "true");
        Optional<String> recipients = o.path("Recipients").isString() || absent(o.path("Recipients"))
                ? Optional.of(o.path("Recipients").asString(""))
                : Optional.empty();
        Optional<String> thresholdEnabled = scalar(o.path("DeleteThresholdEnabled"), "true");
        Optional<String> threshold = scalar(o.path("DeleteThresholdValue"), "500");
        if (enabled.isEmpty() || recipients.isEmpty() || thresholdEnabled.isEmpty() || threshold.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> on = bool(enabled.get());
        Optional<Boolean> thresholdOn = bool(thresholdEnabled.get());
        if (on.isEmpty() || thresholdOn.isEmpty() || !threshold.get().matches("-?[0-9]{1,9}(\\.0+)?")) {
            return Optional.empty();
        }
        List<String> addresses = Arrays.stream(recipients.get().split("[;,]"))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .toList();
        return Optional.of(new SecretValue.NotificationSettings(
                new Notifications(on.get(), addresses),
                new AccidentalDeletes(
                        thresholdOn.get(), Integer.parseInt(threshold.get().replaceAll("\\.0+$", "")))));
    }

    private static Optional<String> scalar(JsonNode node, String otherwise) {
        if (absent(node)) {
            return Optional.of(otherwise);
        }
        return node.isValueNode() ? Optional.of(node.asString().trim()) : Optional.empty();
    }

    private static Optional<Boolean> bool(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("false") ? Optional.of(lower.equals("true")) : Optional.empty();
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static Optional<ObjectNode> object(String text) {
        try {
            return JSON.readTree(text) instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    /**
     * The schema with every CredentialData mapping taken off the user and inetOrgPerson mappings to User, and, with
     * password hash sync, one put back on each.
     */
    private static JsonNode credentialData(JsonNode schema, boolean passwordHashSync) {
        JsonNode copy = schema.deepCopy();
        for (JsonNode rule : copy.path("synchronizationRules")) {
            for (JsonNode mapping : rule.path("objectMappings")) {
                String source = mapping.path("sourceObjectName").asString("").toLowerCase(Locale.ROOT);
                boolean toUser = mapping.path("targetObjectName").asString("").equalsIgnoreCase("User");
                if (toUser
                        && (source.equals("user") || source.equals("inetorgperson"))
                        && mapping.get("attributeMappings") instanceof ArrayNode attributes) {
                    for (int i = attributes.size() - 1; i >= 0; i--) {
                        if (attributes
                                .get(i)
                                .path("targetAttributeName")
                                .asString("")
                                .equalsIgnoreCase("CredentialData")) {
                            attributes.remove(i);
                        }
                    }
                    if (passwordHashSync) {
                        attributes.add(JSON.readTree(CREDENTIAL_DATA));
                    }
                }
            }
        }
        return copy;
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
                .filter(j -> j.templateId().equals(template.templateId()) && !doomed.contains(j.id()))
                .min(Comparator.comparing(Job::id));
    }
}
