package io.github.cloudsync.emulator;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A job's schema: GET, PUT (full replace, 204), DELETE (back to the template default) and discover (docs/graph.md section 4.7,
 * 4.8). The stored schema is the client's JSON exactly, in its key order, with only {@code @odata} annotations dropped
 * and the attribute mappings sorted as the backend sorts them; GET puts {@code @odata.context} first and the job's {@code id} and current {@code version} in place.
 */
final class Schemas {
    private final DefaultSchemas defaults;

    Schemas(DefaultSchemas defaults) {
        this.defaults = defaults;
    }

    GraphReply get(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        JobRecord job = Tenant.requireJob(sp, params.get("job"));
        String context = call.context(
                "servicePrincipals('" + sp.id() + "')/synchronization/jobs('" + job.id() + "')/schema/$entity");
        JobRecord.SchemaBody cached = job.schemaBody;
        if (cached == null || !cached.context().equals(context)) {
            cached = new JobRecord.SchemaBody(context, JsonTrees.bytes(body(job, context)));
            job.schemaBody = cached;
        }
        return GraphReply.json(200, cached.bytes(), Map.of());
    }

    private ObjectNode body(JobRecord job, String context) {
        ObjectNode stored = current(job);
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", context);
        if (!stored.has("id")) {
            body.put("id", job.id());
        }
        if (!stored.has("version")) {
            body.put("version", job.schemaVersion);
        }
        for (Map.Entry<String, JsonNode> property : stored.properties()) {
            switch (property.getKey()) {
                case "id", "provisioningTaskIdentifier" -> body.put(property.getKey(), job.id());
                case "version" -> body.put("version", job.schemaVersion);
                default -> body.set(property.getKey(), property.getValue());
            }
        }
        return body;
    }

    /**
     * Full replace; 204. Duplicate targetAttributeName in one object mapping is a 400 unless switched to keep both. The
     * attribute mappings are kept in the backend's order ({@link MappingOrder}), not the order sent.
     */
    GraphReply put(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        JobRecord job = Tenant.requireJob(sp, params.get("job"));
        ObjectNode schema = JsonTrees.parseObject(call.body());
        schema.remove(schema.propertyNames().stream()
                .filter(name -> name.contains("@odata."))
                .toList());
        SchemaShape.validate(schema);
        if (!tenant.settings.keepDuplicateTargetAttributes()) {
            rejectDuplicateTargets(schema);
        }
        MappingOrder.sort(schema);
        job.schema = schema;
        job.schemaVersion = JobShapes.schemaVersion(call.now());
        job.schemaBody = null;
        return GraphReply.noContent();
    }

    GraphReply delete(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        JobRecord job = Tenant.requireJob(sp, params.get("job"));
        job.schema = null;
        job.schemaVersion = JobShapes.schemaVersion(call.now());
        job.schemaBody = null;
        return GraphReply.noContent();
    }

    /**
     * The directory definition, freshly "discovered": on the AD directory, {@code user} and {@code inetOrgPerson} carry
     * {@code mailNickname} and the msExch attributes only when the tenant's AD has the Exchange schema. The stored
     * schema is left as it is [I].
     */
    GraphReply discover(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        JobRecord job = Tenant.requireJob(sp, params.get("job"));
        String directoryId = params.get("directory");
        for (JsonNode directory : current(job).path("directories")) {
            if (directory.path("id").asString("").equalsIgnoreCase(directoryId)) {
                ObjectNode body = JsonTrees.object();
                body.put("@odata.context", call.context("microsoft.graph.directoryDefinition"));
                body.setAll(((ObjectNode) directory).deepCopy());
                body.put("discoveryDateTime", JobShapes.dateTime(call.now()));
                body.put("version", JobShapes.schemaVersion(call.now()));
                if (directory.path("name").asString("").equals("Active Directory")) {
                    applyExchangeSchema((ArrayNode) body.path("objects"), tenant.settings.exchangeSchema());
                }
                return GraphReply.json(200, body);
            }
        }
        throw GraphFailure.syncBackend(
                404, "DirectoryNotFound", "No directory with id '" + directoryId + "' in the schema.");
    }

    private ObjectNode current(JobRecord job) {
        return job.schema != null ? job.schema : defaults.of(job.templateId());
    }

    private static void applyExchangeSchema(ArrayNode objects, boolean exchange) {
        for (JsonNode object : objects) {
            String name = object.path("name").asString("");
            if (!name.equals("user") && !name.equals("inetOrgPerson")) {
                continue;
            }
            ArrayNode attributes = (ArrayNode) object.path("attributes");
            boolean hasMailNickname = false;
            for (int i = attributes.size() - 1; i >= 0; i--) {
                String attribute = attributes.get(i).path("name").asString("").toLowerCase(Locale.ROOT);
                if (!exchange && (attribute.equals("mailnickname") || attribute.startsWith("msexch"))) {
                    attributes.remove(i);
                }
                hasMailNickname |= attribute.equals("mailnickname");
            }
            if (exchange && !hasMailNickname) {
                ObjectNode mailNickname = attributes.addObject();
                mailNickname.put("anchor", false);
                mailNickname.put("caseExact", false);
                mailNickname.putNull("defaultValue");
                mailNickname.put("multivalued", false);
                mailNickname.put("mutability", "ReadWrite");
                mailNickname.put("name", "mailNickname");
                mailNickname.put("required", false);
                mailNickname.put("type", "String");
            }
        }
    }

    private static void rejectDuplicateTargets(ObjectNode schema) {
        for (JsonNode rule : schema.path("synchronizationRules")) {
            for (JsonNode mapping : rule.path("objectMappings")) {
                Set<String> seen = new HashSet<>();
                for (JsonNode attributeMapping : mapping.path("attributeMappings")) {
                    String target = attributeMapping.path("targetAttributeName").asString("");
                    if (!seen.add(target.toLowerCase(Locale.ROOT))) {
                        throw GraphFailure.syncBackend(
                                400,
                                "DuplicateTargetAttribute",
                                "The object mapping '" + mapping.path("name").asString("") + "' maps more than one"
                                        + " source to the target attribute '" + target + "'.");
                    }
                }
            }
        }
    }
}
