package io.github.cloudsync.plan;

import io.github.cloudsync.model.JobTemplate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The closed set of typed actions a plan is made of. Each has a stable address, a display-only reason, redacted
 * attribute changes for display, and the addresses it must come after (only those present in the plan count).
 */
public sealed interface Action {
    /** Shown for values Graph assigns during apply, such as new object ids. */
    String KNOWN_AFTER_APPLY = "(known after apply)";

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
        PAUSE("=", "pause"),
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

    /** One attribute's before and after, as display strings (null before on create, null after on delete). */
    record Change(String attribute, String before, String after, boolean sensitive) {}

    static String jobAddress(JobTemplate template) {
        return "job/" + template.templateId();
    }

    /** {@code PATCH /organization/{id}} with {@code onPremisesSyncEnabled}. */
    record SetDirectorySync(String organizationId, Boolean before, boolean enabled, String reason) implements Action {
        public String address() {
            return "tenant/directorySync";
        }

        public Kind kind() {
            return Kind.UPDATE;
        }

        public List<Change> changes() {
            return List.of(new Change("onPremisesSyncEnabled", String.valueOf(before), String.valueOf(enabled), false));
        }

        public List<String> after() {
            return List.of();
        }
    }

    /** Instantiate the cloud sync application template under this display name. */
    record CreateServicePrincipal(String displayName, String reason) implements Action {
        public String address() {
            return "servicePrincipal";
        }

        public Kind kind() {
            return Kind.CREATE;
        }

        public List<Change> changes() {
            return List.of(
                    new Change("displayName", null, displayName, false),
                    new Change("id", null, KNOWN_AFTER_APPLY, false),
                    new Change("appId", null, KNOWN_AFTER_APPLY, false));
        }

        public List<String> after() {
            return List.of("tenant/directorySync");
        }
    }

    /** Create a job from a template; it is created disabled. */
    record CreateJob(JobTemplate template, String reason) implements Action {
        public String address() {
            return jobAddress(template);
        }

        public Kind kind() {
            return Kind.CREATE;
        }

        public List<Change> changes() {
            return List.of(
                    new Change("templateId", null, template.templateId(), false),
                    new Change("id", null, KNOWN_AFTER_APPLY, false));
        }

        public List<String> after() {
            return template == JobTemplate.EXCHANGE_WRITEBACK
                    ? List.of("servicePrincipal", DiscoverDirectory.ADDRESS)
                    : List.of("servicePrincipal");
        }
    }

    /** Delete a job (synchronized objects stay as they are). */
    record DeleteJob(JobTemplate template, String jobId, String reason) implements Action {
        public String address() {
            return jobAddress(template);
        }

        public Kind kind() {
            return Kind.DELETE;
        }

        public List<Change> changes() {
            return List.of(new Change("id", jobId, null, false));
        }

        public List<String> after() {
            return List.of();
        }
    }

    /**
     * Write the owned secret keys: apply GETs the secrets, sets {@code values} over them, drops masked values and PUTs
     * the whole set, so no key the profile does not own is lost.
     */
    record PutSecrets(Map<String, String> values, List<Change> changes, String reason) implements Action {
        public PutSecrets {
            values = Map.copyOf(values);
            changes = List.copyOf(changes);
        }

        public String address() {
            return "secrets";
        }

        public Kind kind() {
            return Kind.UPDATE;
        }

        public List<String> after() {
            return List.of("servicePrincipal");
        }
    }

    /** PUT the provisioning schema: the GET body with exactly this RFC 6902 patch applied. */
    record PutSchema(JobTemplate template, JsonNode patch, List<Change> changes, String reason) implements Action {
        public PutSchema {
            Objects.requireNonNull(patch, "patch");
            changes = List.copyOf(changes);
        }

        public String address() {
            return jobAddress(template) + "/schema";
        }

        public Kind kind() {
            return Kind.UPDATE;
        }

        public List<String> after() {
            return List.of(jobAddress(template));
        }
    }

    /** Discover the AD directory at apply time and stop unless {@code object} has {@code attribute}. */
    record DiscoverDirectory(String directoryName, String object, String attribute, String reason) implements Action {
        public static final String ADDRESS = "job/AD2AADProvisioning/schema/directories/discover";

        public String address() {
            return ADDRESS;
        }

        public Kind kind() {
            return Kind.READ;
        }

        public List<Change> changes() {
            return List.of(new Change(object + "." + attribute, null, "(checked during apply)", false));
        }

        public List<String> after() {
            return List.of(jobAddress(JobTemplate.PROVISIONING), jobAddress(JobTemplate.PROVISIONING) + "/schema");
        }
    }

    /** Start a job whose schedule is not Active. */
    record StartJob(JobTemplate template, String reason) implements Action {
        public String address() {
            return jobAddress(template) + "/state";
        }

        public Kind kind() {
            return Kind.START;
        }

        public List<Change> changes() {
            return List.of(new Change("schedule.state", null, "Active", false));
        }

        public List<String> after() {
            return List.of(jobAddress(template), "secrets", jobAddress(JobTemplate.PROVISIONING) + "/schema");
        }
    }

    /** Pause a job. */
    record PauseJob(JobTemplate template, String before, String reason) implements Action {
        public String address() {
            return jobAddress(template) + "/state";
        }

        public Kind kind() {
            return Kind.PAUSE;
        }

        public List<Change> changes() {
            return List.of(new Change("schedule.state", before, "Paused", false));
        }

        public List<String> after() {
            return List.of(jobAddress(template));
        }
    }
}
