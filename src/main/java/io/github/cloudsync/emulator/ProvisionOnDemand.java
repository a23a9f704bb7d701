package io.github.cloudsync.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST .../jobs/{id}/provisionOnDemand}: 200 with a stringKeyStringValuePair whose key and value are JSON
 * strings (graph-api.md 4.6), rate limited to 5 requests per 10 seconds per tenant as documented.
 */
final class ProvisionOnDemand {
    private static final int LIMIT = 5;
    private static final Duration WINDOW = Duration.ofSeconds(10);

    private ProvisionOnDemand() {}

    static GraphReply provision(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        Tenant.requireJob(sp, params.get("job"));
        throttle(tenant, call.now());
        JsonNode parameters = JsonTrees.parseObject(call.body()).path("parameters");
        if (!parameters.isArray() || parameters.isEmpty()) {
            throw GraphFailure.badRequest("BadRequest", "The parameter 'parameters' is required.");
        }
        ArrayNode steps = JsonTrees.array();
        for (JsonNode parameter : parameters) {
            JsonNode subjects = parameter.path("subjects");
            if (JsonTrees.string(parameter, "ruleId") == null || !subjects.isArray() || subjects.isEmpty()) {
                throw GraphFailure.badRequest("BadRequest", "Each parameter needs a ruleId and at least one subject.");
            }
            for (JsonNode subject : subjects) {
                String objectId = JsonTrees.string(subject, "objectId");
                String type = JsonTrees.string(subject, "objectTypeName");
                if (objectId == null || type == null) {
                    throw GraphFailure.badRequest("BadRequest", "Each subject needs objectId and objectTypeName.");
                }
                ObjectNode step = steps.addObject();
                step.put("name", "EntryImportAdd");
                step.put("type", "Import");
                step.put("status", "Success");
                step.put(
                        "description",
                        "Received " + type + " '" + objectId + "' change of type (Add) from Active Directory");
                step.put("timestamp", JobShapes.dateTime(call.now()));
                step.putObject("details");
            }
        }
        ObjectNode value = JsonTrees.object();
        value.set("provisioningSteps", steps);
        ObjectNode body = JsonTrees.object();
        body.put(
                "@odata.context",
                "https://syncfabric.windowsazure.com/api/$metadata#microsoft.synchronization.stringKeyStringValuePair");
        body.put("key", "{\"result\":\"Success\",\"details\":{}}");
        body.put("value", JsonTrees.text(value));
        return GraphReply.json(200, body);
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
}
