package io.github.cloudsync.plan;

// Over 300 lines: docs/architecture.md section 4 asks for the closed set of typed actions in one file.

import io.github.cloudsync.diff.SchemaChange;
import io.github.cloudsync.diff.SchemaWants;
import io.github.cloudsync.diff.SecretComparison;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.JobChoice;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The closed set of typed actions a plan is made of. Each has a stable address, a typed reason (a code; the values its
 * wording needs are the action's fields, and only render words it), redacted attribute changes for display, and the
 * addresses it must come after (only those present in the plan count).
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

    Reason reason();

    /** Attribute-level changes for display; sensitive ones are rendered as {@code (sensitive)}. */
    List<Change> changes();

    /** Addresses this action must follow when they are in the same plan. */
    List<String> after();

    /**
     * Whether the action changes the whole tenant, not only this configuration, in a way that cannot simply be undone
     * (turning directory sync off): apply refuses it without an explicit flag.
     */
    default boolean tenantWideDestructive() {
        return false;
    }

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

    /**
     * {@code PATCH /organization/{id}} with {@code onPremisesSyncEnabled} (docs/graph.md section 4.1). Turning it off
     * ({@code before} true or unknown, {@code enabled} false) is tenant-wide and destructive: every synchronized user
     * becomes cloud-only, their on-premises properties are cleared, and sync cannot be turned back on for 72 hours
     * (docs/graph.md section 16.3, https://learn.microsoft.com/office365/enterprise/turn-off-directory-synchronization).
     */
    record SetDirectorySync(String organizationId, Boolean before, boolean enabled) implements Action {
        @Override
        public Reason reason() {
            return turnsOff() ? Reason.DIRECTORY_SYNC_TURNED_OFF : Reason.DIRECTORY_SYNC_DIFFERS;
        }

        /** Whether this turns directory sync off: wanted false, and Graph's value is not known to be false already. */
        public boolean turnsOff() {
            return !enabled && !Boolean.FALSE.equals(before);
        }

        @Override
        public boolean tenantWideDestructive() {
            return turnsOff();
        }

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

    /** Instantiate the cloud sync application template under this display name (docs/graph.md section 4.2). */
    record CreateServicePrincipal(String displayName) implements Action {
        @Override
        public Reason reason() {
            return Reason.NO_SERVICE_PRINCIPAL;
        }

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

    /** Create a job from a template; Graph creates it disabled (docs/graph.md section 4.4). */
    record CreateJob(JobTemplate template) implements Action {
        @Override
        public Reason reason() {
            return Reason.JOB_MISSING;
        }

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
                    new Change("schedule.state", null, ScheduleState.DISABLED.graphName(), false),
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
     * template; its address then names the job id so every address stays unique. {@code kept} is the job of the
     * template that stays and why it was chosen ({@link JobChoice}), when this one goes only because it is extra; empty
     * when the profile wants no job of it.
     */
    record DeleteJob(JobTemplate template, String jobId, boolean extra, Optional<Kept> kept) implements Action {
        /** The job kept over this one, and the rule that chose it. */
        public record Kept(String jobId, JobChoice.Basis basis) {
            public Kept {
                Objects.requireNonNull(jobId, "jobId");
                Objects.requireNonNull(basis, "basis");
            }
        }

        public DeleteJob {
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(kept, "kept");
        }

        @Override
        public Reason reason() {
            return kept.isPresent() ? Reason.EXTRA_JOB : Reason.JOB_NOT_WANTED;
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
     * Write the owned secret keys: apply hands {@code values} and the secrets the GET returned to the Graph writer,
     * which merges the one over the other and PUTs the whole set (docs/graph.md section 6.3). {@code values} come from
     * the profile only, never from Graph, typed. {@code compared} says how each owned key compared (the changes and the
     * reason come from it); {@code passwordHashChange} that password hash sync changes, so AppKey must be written.
     */
    record PutSecrets(List<SecretValue> values, List<SecretComparison> compared, boolean passwordHashChange)
            implements Action {
        public PutSecrets {
            values = List.copyOf(values);
            compared = List.copyOf(compared);
            if (!passwordHashChange && compared.stream().noneMatch(SecretComparison::needsWrite)) {
                throw new IllegalArgumentException("a secrets write needs a key to write or a password hash change");
            }
        }

        @Override
        public Reason reason() {
            return compared.stream().anyMatch(SecretComparison::needsWrite)
                    ? Reason.SECRETS_DIFFER
                    : Reason.PASSWORD_HASH_SYNC_CHANGES;
        }

        /**
         * What changes inside every owned key ({@link SecretChanges}): the domain and the notification settings field by
         * field; AppKey, the one secret, only whether it is set or readable.
         */
        @Override
        public List<Change> changes() {
            List<Change> changes = new ArrayList<>();
            for (SecretComparison key : compared) {
                Optional<SecretValue> wanted =
                        values.stream().filter(v -> v.key() == key.key()).findFirst();
                changes.addAll(SecretChanges.of(key, wanted));
            }
            return changes;
        }

        /** The owned keys, in key order. */
        public List<SecretKey> keys() {
            return values.stream().map(SecretValue::key).sorted().toList();
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
            return "PutSecrets[keys=" + keys() + ", compared=" + compared + ", passwordHashChange=" + passwordHashChange
                    + "]";
        }
    }

    /**
     * PUT the provisioning schema: the GET body with exactly {@code patch} (RFC 6902) applied. The patch is empty when
     * the schema cannot be read at plan time (the job does not exist yet): apply then computes it on the schema it reads
     * with {@link SchemaPatch#patch(JsonNode, PutSchema)} from {@code wants}, and skips the PUT when it is empty. The
     * Graph writer makes the PUT body from the GET body and the patch. {@code changes} are for display (CredentialData
     * as before scope and mappings existed, then one per schema change); {@code schemaChanges} are the typed changes
     * render words (docs/plan.md).
     */
    record PutSchema(
            JobTemplate template,
            Optional<JsonNode> patch,
            boolean passwordHashSync,
            List<Change> changes,
            SchemaWants wants,
            List<SchemaChange> schemaChanges)
            implements Action {
        public PutSchema {
            Objects.requireNonNull(patch, "patch");
            Objects.requireNonNull(wants, "wants");
            patch = patch.map(JsonNode::deepCopy);
            changes = List.copyOf(changes);
            schemaChanges = List.copyOf(schemaChanges);
        }

        /** A CredentialData-only schema write, as a profile without scope or attribute mappings plans it. */
        public PutSchema(
                JobTemplate template, Optional<JsonNode> patch, boolean passwordHashSync, List<Change> changes) {
            this(
                    template,
                    patch,
                    passwordHashSync,
                    changes,
                    new SchemaWants(
                            passwordHashSync, Optional.empty(), AttributeMappings.NONE, AccidentalDeletes.DEFAULT),
                    List.of());
        }

        @Override
        public Reason reason() {
            if (narrowsScope()) {
                return Reason.SCOPE_NARROWS;
            }
            if (!schemaChanges.isEmpty() || (knownAfterApply() && ownsMoreThanCredentialData())) {
                return Reason.SCHEMA_DIFFERS;
            }
            return passwordHashSync ? Reason.CREDENTIAL_DATA_WANTED : Reason.CREDENTIAL_DATA_NOT_WANTED;
        }

        /** Whether the scope gets narrower, so that Entra deletes the objects that leave it. */
        public boolean narrowsScope() {
            return scopeChange().filter(SchemaChange.ScopeChanged::narrows).isPresent();
        }

        /** The scope change, if the write changes the scope. */
        public Optional<SchemaChange.ScopeChanged> scopeChange() {
            return schemaChanges.stream()
                    .filter(SchemaChange.ScopeChanged.class::isInstance)
                    .map(SchemaChange.ScopeChanged.class::cast)
                    .findFirst();
        }

        private boolean ownsMoreThanCredentialData() {
            return wants.scope().isPresent()
                    || wants.mappings().objects().stream()
                            .anyMatch(o -> !o.set().isEmpty() || !o.remove().isEmpty());
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
     * {@code object} has {@code attribute} (docs/graph.md section 4.8). It comes after the secrets write, as in the
     * article (Domain in step 5, discovery in step 7): discover needs the Domain secret.
     */
    record DiscoverDirectory(String directoryName, String object, String attribute) implements Action {
        public static final String ADDRESS = "job/AD2AADProvisioning/schema/directories/discover";

        @Override
        public Reason reason() {
            return Reason.ATTRIBUTE_NEEDED;
        }

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
     * Start the template's job, whose schedule is not Active ({@code before}; Disabled for a job this plan creates,
     * {@code created}). Never planned for a running or quarantined job (docs/graph.md section 4.5).
     */
    record StartJob(JobTemplate template, ScheduleState before, boolean created) implements Action {
        public StartJob {
            Objects.requireNonNull(before, "before");
        }

        @Override
        public Reason reason() {
            return created ? Reason.NEW_JOB_IS_DISABLED : Reason.SCHEDULE_NOT_ACTIVE;
        }

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
            return List.of(new Change("schedule.state", before.graphName(), ScheduleState.ACTIVE.graphName(), false));
        }

        @Override
        public List<String> after() {
            return List.of(jobAddress(template), SECRETS, schemaAddress(JobTemplate.PROVISIONING));
        }
    }

    /** Pause the template's job, whose schedule is Active. */
    record PauseJob(JobTemplate template, ScheduleState before) implements Action {
        public PauseJob {
            Objects.requireNonNull(before, "before");
        }

        @Override
        public Reason reason() {
            return Reason.SCHEDULE_ACTIVE;
        }

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
            return List.of(new Change("schedule.state", before.graphName(), ScheduleState.PAUSED.graphName(), false));
        }

        @Override
        public List<String> after() {
            return List.of(jobAddress(template));
        }
    }
}
