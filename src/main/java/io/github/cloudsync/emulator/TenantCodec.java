package io.github.cloudsync.emulator;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state file: the whole tenant in Graph's own shapes (docs/emulator.md). Secrets are unmasked; a job's
 * {@code schema} is present when customised (or always, on request) and absent means the template default; anything
 * only the emulator knows sits under an {@code emulator} key.
 */
final class TenantCodec {
    private TenantCodec() {}

    static ObjectNode export(Tenant tenant, DefaultSchemas defaults, boolean allSchemas) {
        ObjectNode state = JsonTrees.object();
        state.set("organization", tenant.organization.deepCopy());
        state.set("emulator", tenant.settings.toJson());
        ArrayNode sps = state.putArray("servicePrincipals");
        for (ServicePrincipalRecord sp : tenant.servicePrincipals.values()) {
            ObjectNode item = sps.addObject();
            item.setAll(sp.graph.deepCopy());
            ObjectNode sync = item.putObject("synchronization");
            ArrayNode secrets = sync.putArray("secrets");
            for (Map.Entry<String, String> secret : sp.secrets.entrySet()) {
                secrets.addObject().put("key", secret.getKey()).put("value", secret.getValue());
            }
            ArrayNode jobs = sync.putArray("jobs");
            for (JobRecord job : sp.jobs.values()) {
                ObjectNode jobJson = job.graph.deepCopy();
                if (job.schema != null || allSchemas) {
                    ObjectNode schema = JsonTrees.object();
                    schema.put("id", job.id());
                    schema.put("version", job.schemaVersion);
                    schema.setAll(job.schema != null ? job.schema.deepCopy() : defaults.of(job.templateId()));
                    schema.put("id", job.id());
                    schema.put("version", job.schemaVersion);
                    jobJson.set("schema", schema);
                }
                jobJson.putObject("emulator").put("pendingDeletes", job.pendingDeletes);
                jobs.add(jobJson);
            }
        }
        return state;
    }

    /** Reads a state document; {@link IllegalArgumentException} names the first problem. */
    static Tenant read(JsonNode state, SecretsMode defaultMode, Instant now) {
        if (!state.isObject()) {
            throw new IllegalArgumentException("state must be a JSON object");
        }
        JsonNode org = state.path("organization");
        if (!org.isObject() || !org.path("id").isString()) {
            throw new IllegalArgumentException("state.organization must be an object with a string id");
        }
        EmulatorSettings settings = EmulatorSettings.defaults(defaultMode);
        if (state.has("emulator")) {
            settings = settings.with(state.get("emulator"));
        }
        Tenant tenant = new Tenant(((ObjectNode) org).deepCopy(), settings);
        for (JsonNode item : state.path("servicePrincipals")) {
            tenant.add(servicePrincipal(item, now));
        }
        return tenant;
    }

    private static ServicePrincipalRecord servicePrincipal(JsonNode item, Instant now) {
        if (!item.isObject()
                || !item.path("id").isString()
                || !item.path("displayName").isString()) {
            throw new IllegalArgumentException("each service principal needs a string id and displayName");
        }
        ObjectNode graph = ((ObjectNode) item).deepCopy();
        JsonNode sync = graph.remove("synchronization");
        if (!graph.has("appId")) {
            graph.put("appId", UUID.randomUUID().toString());
        }
        if (!graph.has("applicationTemplateId")) {
            graph.put("applicationTemplateId", ApplicationTemplate.CLOUD_SYNC);
        }
        ServicePrincipalRecord sp = new ServicePrincipalRecord(graph);
        if (sync == null) {
            return sp;
        }
        for (JsonNode secret : sync.path("secrets")) {
            if (!secret.path("key").isString() || !secret.path("value").isString()) {
                throw new IllegalArgumentException("each secret needs a string key and value");
            }
            sp.secrets.put(secret.get("key").stringValue(), secret.get("value").stringValue());
        }
        for (JsonNode jobJson : sync.path("jobs")) {
            JobRecord job = job(jobJson, now);
            sp.jobs.put(job.id(), job);
        }
        return sp;
    }

    private static JobRecord job(JsonNode item, Instant now) {
        if (!item.isObject()
                || !item.path("id").isString()
                || !item.path("templateId").isString()) {
            throw new IllegalArgumentException("each job needs a string id and templateId");
        }
        ObjectNode given = ((ObjectNode) item).deepCopy();
        ObjectNode graph = JobShapes.newJob(
                given.get("id").stringValue(), given.get("templateId").stringValue());
        JsonNode schema = given.remove("schema");
        JsonNode emulator = given.remove("emulator");
        for (String part : new String[] {"schedule", "status"}) {
            JsonNode value = given.remove(part);
            if (value != null && value.isObject()) {
                ((ObjectNode) graph.get(part)).setAll((ObjectNode) value);
            } else if (value != null) {
                throw new IllegalArgumentException("job " + part + " must be a JSON object");
            }
        }
        graph.setAll(given);
        String version = JobShapes.schemaVersion(now);
        ObjectNode stored = null;
        if (schema != null && !schema.isNull()) {
            try {
                SchemaShape.validate(withoutAnnotations(schema));
            } catch (GraphFailure e) {
                throw new IllegalArgumentException(
                        "job " + graph.get("id").stringValue() + " schema: " + e.getMessage());
            }
            stored = withoutAnnotations(schema);
            MappingOrder.sort(stored);
            version = stored.path("version").asString(version);
        }
        JobRecord job = new JobRecord(graph, stored, version);
        job.pendingDeletes =
                emulator == null ? 0 : emulator.path("pendingDeletes").asLong(0);
        return job;
    }

    private static ObjectNode withoutAnnotations(JsonNode schema) {
        if (!schema.isObject()) {
            throw new IllegalArgumentException("a job schema must be a JSON object");
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        copy.remove(copy.propertyNames().stream()
                .filter(name -> name.contains("@odata."))
                .toList());
        return copy;
    }
}
