package io.github.cloudsync.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST .../jobs/{id}/provisionOnDemand}: 200 with a stringKeyStringValuePair whose {@code key} (the result) and
 * {@code value} (the provisioning steps) are JSON strings laid out as Microsoft's example 2, "Sync on-demand from Active
 * Directory to Microsoft Entra ID" (microsoftgraph/microsoft-graph-docs-contrib:api-reference/v1.0/api/
 * synchronization-synchronizationjob-provisionondemand.md), rate limited to the documented 5 requests per 10 seconds.
 * The subject is looked up by its DN ({@link OnPremisesObject}); a ruleId that is not the job's rule, or a type the rule
 * has no object mapping for, is a 400 [I: Graph's answer is not documented].
 */
final class ProvisionOnDemand {
    private static final int LIMIT = 5;
    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final String CONTEXT =
            "https://syncfabric.windowsazure.com/api/$metadata#microsoft.synchronization.stringKeyStringValuePair";

    private final DefaultSchemas defaults;

    ProvisionOnDemand(DefaultSchemas defaults) {
        this.defaults = defaults;
    }

    GraphReply provision(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        JobRecord job = Tenant.requireJob(sp, params.get("job"));
        throttle(tenant, call.now());
        JsonNode parameters = JsonTrees.parseObject(call.body()).path("parameters");
        if (!parameters.isArray() || parameters.size() != 1) {
            throw GraphFailure.badRequest("BadRequest", "The parameter 'parameters' must hold exactly one entry.");
        }
        JsonNode parameter = parameters.get(0);
        String ruleId = JsonTrees.string(parameter, "ruleId");
        JsonNode subjects = parameter.path("subjects");
        if (ruleId == null || !subjects.isArray() || subjects.size() != 1) {
            throw GraphFailure.badRequest("BadRequest", "The parameter needs a ruleId and exactly one subject.");
        }
        JsonNode subject = subjects.get(0);
        String objectId = JsonTrees.string(subject, "objectId");
        String type = JsonTrees.string(subject, "objectTypeName");
        if (objectId == null || type == null) {
            throw GraphFailure.badRequest("BadRequest", "The subject needs objectId and objectTypeName.");
        }
        if (subject.has("links")) {
            throw GraphFailure.syncBackend(
                    400, "InvalidSubject", "Linked objects are not supported for Active Directory subjects.");
        }
        JsonNode rule = rule(job, ruleId);
        JsonNode mapping = objectMapping(rule, type, ruleId);
        OnPremisesObject.Lookup lookup = OnPremisesObject.lookup(objectId, type, sp.secrets.get("Domain"), rule);
        ProvisioningSteps steps = new ProvisioningSteps(call.now(), type, objectId);
        ObjectNode result =
                steps.result(lookup, mapping.path("targetObjectName").asString());
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", CONTEXT);
        body.put("key", JsonTrees.text(result.get("key")));
        body.put("value", JsonTrees.text(result.get("value")));
        return GraphReply.json(200, body);
    }

    private JsonNode rule(JobRecord job, String ruleId) {
        ObjectNode schema = job.schema != null ? job.schema : defaults.of(job.templateId());
        for (JsonNode rule : schema.path("synchronizationRules")) {
            if (rule.path("id").asString("").equals(ruleId)) {
                return rule;
            }
        }
        throw GraphFailure.syncBackend(
                400, "InvalidRuleId", "The rule '" + ruleId + "' is not a synchronization rule of this job.");
    }

    private static JsonNode objectMapping(JsonNode rule, String type, String ruleId) {
        for (JsonNode mapping : rule.path("objectMappings")) {
            if (mapping.path("sourceObjectName").asString("").equals(type)
                    && mapping.path("enabled").asBoolean(true)) {
                return mapping;
            }
        }
        throw GraphFailure.syncBackend(
                400,
                "InvalidObjectTypeName",
                "The rule '" + ruleId + "' has no enabled object mapping for the object type '" + type + "'.");
    }

    private static void throttle(Tenant tenant, Instant now) {
        while (!tenant.provisionOnDemandCalls.isEmpty()
                && tenant.provisionOnDemandCalls.peekFirst().isBefore(now.minus(WINDOW))) {
            tenant.provisionOnDemandCalls.removeFirst();
        }
        if (tenant.provisionOnDemandCalls.size() >= LIMIT) {
            throw new GraphFailure(
                    429,
                    "TooManyRequests",
                    "provisionOnDemand allows 5 requests per 10 seconds.",
                    Map.of("Retry-After", "10"));
        }
        tenant.provisionOnDemandCalls.addLast(now);
    }

    /** A new change or identity id, as the documented answer carries. */
    static String newId() {
        return UUID.randomUUID().toString();
    }
}
