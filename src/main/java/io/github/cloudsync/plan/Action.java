package io.github.cloudsync.plan;

// Over 300 lines: DESIGN.md section 4 asks for the closed set of typed actions in one file.

import io.github.cloudsync.model.JobTemplate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The closed set of typed actions a plan is made of. Each has a stable address, a display-only reason, redacted
 * attribute changes for display, and the addresses it must come after (only those present in the plan count).
 */
public sealed interface Action {
    /** Shown for values Graph assigns during apply, such as new object ids. */
    String KNOWN_AFTER_APPLY = "(known after apply)";

    /** Shown in place of every secret value, in every renderer. */
    String SENSITIVE = "(sensitive)";

    /** Shown as the before value of a secret Graph does not return (write-only, such as AppKey). */
    String NOT_READABLE = "(not readable)";

    String TENANT_DIRECTORY_SYNC = "tenant/directorySync";
    String SERVICE_PRINCIPAL = "servicePrincipal";
    String SECRETS = "secrets";

    String address();

    Kind kind();

    String reason();

    /** Attribute-level changes for display; sensitive ones are rendered as {@code (sensitive)}. */
    List<Change> changes();

    /** Addresses this action must follow when they are in the same plan. */
    List<String> after();

    /** How an action is shown: Terraform's symbols plus start, pause and read. */
    enum Kind {
        CREATE("+", "create"),
        UPDATE("~", "update"),
        DELETE("-", "delete"),
        START(">", "start"),
        PAUSE("||", "pause"),
        READ("<=", "read");

        private final String symbol;
        private final String verb;

        Kind(String symbol, String verb) {
            this.symbol = symbol;
            this.verb = verb;
        }

        public String symbol() {
            return symbol;
        }

        public String verb() {
            return verb;
        }
    }

    /**
     * One attribute's before and after, as display strings (null before when it is added, null after when it is
     * removed). When {@code sensitive} is true, renderers show {@link #SENSITIVE} for any non-null value except
     * {@link #NOT_READABLE}; the planner never puts a secret value here in the first place.
     */
    record Change(String attribute, String before, String after, boolean sensitive) {
        public Change {
            Objects.requireNonNull(attribute, "attribute");
        }

        /** The before value as it may be shown. */
        public String shownBefore() {
            return shown(before);
        }

        /** The after value as it may be shown. */
        public String shownAfter() {
            return shown(after);
        }

        private String shown(String value) {
            if (value == null || !sensitive || NOT_READABLE.equals(value)) {
                return value;
            }
            return SENSITIVE;
        }
    }

    static String jobAddress(JobTemplate template) {
        return "job/" + template.templateId();
    }

    static String schemaAddress(JobTemplate template) {
        return jobAddress(template) + "/schema";
    }

    static String stateAddress(JobTemplate template) {
        return jobAddress(template) + "/state";
    }

    /** {@code PATCH /organization/{id}} with {@code onPremisesSyncEnabled} (graph-api.md section 4.1). */
    record SetDirectorySync(String organizationId, Boolean before, boolean enabled, String reason) implements Action {
        @Override
        public String address() {
            return TENANT_DIRECTORY_SYNC;
        }

        @Override
        public Kind kind() {
            return Kind.UPDATE;
        }

        @Override
        public List<Change> changes() {
            return List.of(new Change("onPremisesSyncEnabled", String.valueOf(before), String.valueOf(enabled), false));
        }

        @Override
        public List<String> after() {
            return List.of();
        }
    }

    /** Instantiate the cloud sync application template under this display name (graph-api.md section 4.2). */
    record CreateServicePrincipal(String displayName, String reason) implements Action {
        @Override
        public String address() {
            return SERVICE_PRINCIPAL;
        }

        @Override
        public Kind kind() {
            return Kind.CREATE;
        }

        @Override
        public List<Change> changes() {
            return List.of(
                    new Change("appId", null, KNOWN_AFTER_APPLY, false),
                    new Change("displayName", null, displayName, false),
                    new Change("id", null, KNOWN_AFTER_APPLY, false));
        }

        @Override
        public List<String> after() {
            return List.of(TENANT_DIRECTORY_SYNC);
        }
    }

    /** Create a job from a template; Graph creates it disabled (graph-api.md section 4.4). */
    record CreateJob(JobTemplate template, String reason) implements Action {
        @Override
        public String address() {
            return jobAddress(template);
        }

        @Override
        public Kind kind() {
            return Kind.CREATE;
        }

        @Override
        public List<Change> changes() {
            return List.of(
                    new Change("id", null, KNOWN_AFTER_APPLY, false),
                    new Change("schedule.state", null, "Disabled", false),
                    new Change("templateId", null, template.templateId(), false));
        }

        @Override
        public List<String> after() {
            return template == JobTemplate.EXCHANGE_WRITEBACK
                    ? List.of(SERVICE_PRINCIPAL, DiscoverDirectory.ADDRESS)
                    : List.of(SERVICE_PRINCIPAL);
        }
    }

    /**
     * Delete one job by id (synchronized objects stay as they are). {@code extra} marks a second or later job of a
     * template whose first job (by id) is kept; its address then names the job id so every address stays unique.
     */
    record DeleteJob(JobTemplate template, String jobId, boolean extra, String reason) implements Action {
        public DeleteJob {
            Objects.requireNonNull(jobId, "jobId");
        }

        @Override
        public String address() {
            return extra ? jobAddress(template) + "[" + jobId + "]" : jobAddress(template);
        }

        @Override
        public Kind kind() {
            return Kind.DELETE;
        }

        @Override
        public List<Change> changes() {
            return List.of(new Change("id", jobId, null, false));
        }

        @Override
        public List<String> after() {
            return List.of();
        }
    }

    /**
     * Write the owned secret keys: apply GETs the secrets, merges {@code values} over them with
     * {@link SecretsMerge#merge}, and PUTs the whole set (graph-api.md section 6.3). {@code values} come from the
     * profile only, never from Graph; {@code changes} are already redacted.
     */
    record PutSecrets(Map<String, String> values, List<Change> changes, String reason) implements Action {
        public PutSecrets {
            values = Map.copyOf(values);
            changes = List.copyOf(changes);
            if (changes.stream().anyMatch(c -> !c.sensitive())) {
                throw new IllegalArgumentException("every secret change must be sensitive");
            }
        }

        /** The owned keys and values, sorted by key. */
        public Map<String, String> sortedValues() {
            return new TreeMap<>(values);
        }

        @Override
        public String address() {
            return SECRETS;
        }

        @Override
        public Kind kind() {
            return Kind.UPDATE;
        }

        @Override
        public List<String> after() {
            return List.of(SERVICE_PRINCIPAL);
        }

        @Override
        public String toString() {
            return "PutSecrets[keys=" + sortedValues().keySet() + ", reason=" + reason + "]";
        }
    }

    /**
     * PUT the provisioning schema: the GET body with exactly {@code patch} (RFC 6902) applied. The patch is empty when
     * the schema cannot be read at plan time (the job does not exist yet): apply then computes it on the schema it reads
     * with {@link SchemaPatch#patch(JsonNode, boolean)} using {@code passwordHashSync}, and skips the PUT when it is
     * empty.
     */
    record PutSchema(
            JobTemplate template,
            Optional<JsonNode> patch,
            boolean passwordHashSync,
            List<Change> changes,
            String reason)
            implements Action {
        public PutSchema {
            Objects.requireNonNull(patch, "patch");
            patch = patch.map(JsonNode::deepCopy);
            changes = List.copyOf(changes);
        }

        /** Whether the patch is only known once apply has read the schema. */
        public boolean knownAfterApply() {
            return patch.isEmpty();
        }

        @Override
        public String address() {
            return schemaAddress(template);
        }

        @Override
        public Kind kind() {
            return Kind.UPDATE;
        }

        @Override
        public List<String> after() {
            return List.of(jobAddress(template));
        }
    }

    /**
     * Discover the AD directory at apply time (the schema directory named {@code directoryName}) and stop unless
     * {@code object} has {@code attribute} (graph-api.md section 4.8). It comes after the secrets write, as in the
     * article (Domain in step 5, discovery in step 7): discover needs the Domain secret.
     */
    record DiscoverDirectory(String directoryName, String object, String attribute, String reason) implements Action {
        public static final String ADDRESS = "job/AD2AADProvisioning/schema/directories/discover";

        @Override
        public String address() {
            return ADDRESS;
        }

        @Override
        public Kind kind() {
            return Kind.READ;
        }

        @Override
        public List<Change> changes() {
            return List.of(new Change(object + "." + attribute, null, "(checked during apply)", false));
        }

        @Override
        public List<String> after() {
            return List.of(jobAddress(JobTemplate.PROVISIONING), schemaAddress(JobTemplate.PROVISIONING), SECRETS);
        }
    }

    /**
     * Start the template's job, whose schedule is not Active ({@code before}, or Disabled for a job this plan creates).
     * Never planned for a running or quarantined job (graph-api.md section 4.5).
     */
    record StartJob(JobTemplate template, String before, String reason) implements Action {
        @Override
        public String address() {
            return stateAddress(template);
        }

        @Override
        public Kind kind() {
            return Kind.START;
        }

        @Override
        public List<Change> changes() {
            return List.of(new Change("schedule.state", before, "Active", false));
        }

        @Override
        public List<String> after() {
            return List.of(jobAddress(template), SECRETS, schemaAddress(JobTemplate.PROVISIONING));
        }
    }

    /** Pause the template's job, whose schedule is Active. */
    record PauseJob(JobTemplate template, String before, String reason) implements Action {
        @Override
        public String address() {
            return stateAddress(template);
        }

        @Override
        public Kind kind() {
            return Kind.PAUSE;
        }

        @Override
        public List<Change> changes() {
            return List.of(new Change("schedule.state", before, "Paused", false));
        }

        @Override
        public List<String> after() {
            return List.of(jobAddress(template));
        }
    }
}
