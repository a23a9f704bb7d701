package io.github.cloudsync.scenarios;

import io.github.cloudsync.diff.CredentialDataEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Facts read from an emulator state document ({@code GET /_emulator/state?schemas=all}). */
final class TenantFacts {
    static final String CLOUD_SYNC_TEMPLATE = "1a4721b3-e57f-4451-ae87-ef078703ec94";
    private static final Set<String> CLOUD_SYNC_TEMPLATES =
            Set.of("AD2AADProvisioning", "AD2AADPasswordHash", "AAD2ADExchangeHybridWriteback");

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TenantFacts() {}

    /** The cloud sync service principals with this display name (any case). */
    static List<JsonNode> servicePrincipals(JsonNode state, String displayName) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode sp : state.path("servicePrincipals")) {
            if (sp.path("displayName").asString("").equalsIgnoreCase(displayName)
                    && CLOUD_SYNC_TEMPLATE.equals(
                            sp.path("applicationTemplateId").asString(""))) {
                found.add(sp);
            }
        }
        return found;
    }

    /** Every secret of every service principal, keyed by "spId/key". */
    static Map<String, String> secrets(JsonNode state) {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (JsonNode sp : state.path("servicePrincipals")) {
            for (JsonNode secret : sp.path("synchronization").path("secrets")) {
                secrets.put(
                        sp.path("id").asString() + "/" + secret.path("key").asString(),
                        secret.path("value").asString());
            }
        }
        return secrets;
    }

    /**
     * The jobs of a template: with that templateId, or with an id that starts with it and a dot while their templateId
     * is none of the three cloud sync templates (Graph may answer an internal name, docs/graph.md section 16.11).
     */
    static long jobCount(JsonNode sp, String templateId) {
        long count = 0;
        for (JsonNode job : sp.path("synchronization").path("jobs")) {
            count += ofTemplate(job, templateId) ? 1 : 0;
        }
        return count;
    }

    private static boolean ofTemplate(JsonNode job, String templateId) {
        String given = job.path("templateId").asString("");
        boolean byId = !CLOUD_SYNC_TEMPLATES.contains(given)
                && job.path("id").asString("").startsWith(templateId + ".");
        return templateId.equals(given) || byId;
    }

    /**
     * The provisioning job's schema on the service principal with this id as GET shows it (the emulator answers with the
     * job's own id as {@code provisioningTaskIdentifier}, while its state export keeps the seeded one), without its
     * changing version.
     */
    static Optional<JsonNode> provisioningSchema(JsonNode state, String spId) {
        for (JsonNode sp : state.path("servicePrincipals")) {
            if (!sp.path("id").asString("").equals(spId)) {
                continue;
            }
            // the job that syncs when a twin sits beside it (scenario two-provisioning-jobs), else the first
            List<JsonNode> jobs = new ArrayList<>();
            sp.path("synchronization").path("jobs").forEach(jobs::add);
            jobs.sort(java.util.Comparator.comparing(
                    j -> !j.path("schedule").path("state").asString("").equals("Active")));
            for (JsonNode job : jobs) {
                if (ofTemplate(job, "AD2AADProvisioning") && job.has("schema")) {
                    ObjectNode schema = ((ObjectNode) job.get("schema")).deepCopy();
                    schema.remove("version");
                    if (schema.has("provisioningTaskIdentifier")) {
                        schema.put("provisioningTaskIdentifier", job.path("id").asString());
                    }
                    return Optional.of(schema);
                }
            }
        }
        return Optional.empty();
    }

    /** The RFC 6902 patch from {@code before} to {@code after}, as pretty JSON. */
    static JsonNode schemaChanges(JsonNode before, JsonNode after) {
        return CredentialDataEdit.diff(before, after);
    }

    /**
     * What a golden file shows of the tenant after apply: the directory sync flag, and per service principal its id,
     * name, secrets (unmasked) and jobs (id, template, schedule state, status code).
     */
    static String summary(JsonNode state) {
        return summary(state, job -> -1);
    }

    /**
     * As {@link #summary(JsonNode)}, each service principal's jobs stably sorted by {@code rank}: apply makes jobs one at
     * a time, the provisioning job first, so the emulator lists them in that order; ranking them by the plan's steps
     * lists them as a person reads the plan.
     */
    static String summary(JsonNode state, java.util.function.ToIntFunction<JsonNode> rank) {
        ObjectNode summary = JSON.createObjectNode();
        summary.set("onPremisesSyncEnabled", state.path("organization").path("onPremisesSyncEnabled"));
        ArrayNode sps = summary.putArray("servicePrincipals");
        for (JsonNode sp : state.path("servicePrincipals")) {
            ObjectNode item = sps.addObject();
            item.put("id", sp.path("id").asString());
            item.put("displayName", sp.path("displayName").asString());
            item.put("applicationTemplateId", sp.path("applicationTemplateId").asString(""));
            item.set("secrets", sp.path("synchronization").path("secrets"));
            ArrayNode jobs = item.putArray("jobs");
            List<JsonNode> ranked = new ArrayList<>();
            sp.path("synchronization").path("jobs").forEach(ranked::add);
            ranked.sort(java.util.Comparator.comparingInt(rank));
            for (JsonNode job : ranked) {
                jobs.addObject()
                        .put("id", job.path("id").asString())
                        .put("templateId", job.path("templateId").asString())
                        .put("schedule", job.path("schedule").path("state").asString())
                        .put("status", job.path("status").path("code").asString());
            }
        }
        return JSON.writeValueAsString(summary) + "\n";
    }

    static String pretty(JsonNode node) {
        return JSON.writeValueAsString(node) + "\n";
    }
}
