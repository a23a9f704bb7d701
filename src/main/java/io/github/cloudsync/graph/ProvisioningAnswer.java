package io.github.cloudsync.graph;

import io.github.cloudsync.model.ProvisioningResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provisionOnDemand request body and the decoding of its answer. Graph answers a stringKeyStringValuePair whose
 * {@code key} is the JSON text of the result ({@code {"result":"Success","details":{}}}) and whose {@code value} is the
 * JSON text of the run ({@code {"provisioningSteps":[...], "targetIdentity":{...}, ...}}), as Microsoft's example 2
 * shows (microsoftgraph/microsoft-graph-docs-contrib:api-reference/v1.0/api/
 * synchronization-synchronizationjob-provisionondemand.md; docs/graph.md sections 4.6 and 16.10).
 */
final class ProvisioningAnswer {
    private static final JsonMapper JSON = GraphJson.MAPPER;

    private ProvisioningAnswer() {}

    /** {@code {"parameters":[{"ruleId":..., "subjects":[{"objectId":..., "objectTypeName":...}]}]}}. */
    static ObjectNode request(String ruleId, String objectId, String objectTypeName) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode parameter = body.putArray("parameters").addObject().put("ruleId", ruleId);
        parameter.putArray("subjects").addObject().put("objectId", objectId).put("objectTypeName", objectTypeName);
        return body;
    }

    /** The first rule of {@code schema} with an enabled object mapping from {@code objectTypeName}, ignoring case. */
    static Optional<String> ruleId(JsonNode schema, String objectTypeName) {
        for (JsonNode rule : schema.path("synchronizationRules")) {
            for (JsonNode mapping : rule.path("objectMappings")) {
                if (objectTypeName.equalsIgnoreCase(String.valueOf(GraphJson.text(mapping, "sourceObjectName")))
                        && mapping.path("enabled").asBoolean(true)
                        && GraphJson.text(rule, "id") != null) {
                    return Optional.of(GraphJson.text(rule, "id"));
                }
            }
        }
        return Optional.empty();
    }

    static ProvisioningResult read(JsonNode answer) {
        JsonNode key = embedded(answer, "key");
        JsonNode value = embedded(answer, "value");
        String result = GraphJson.text(key, "result");
        if (result == null) {
            throw GraphJson.unexpected("a provisionOnDemand answer whose key names no result");
        }
        List<ProvisioningResult.Step> steps = new ArrayList<>();
        for (JsonNode step : value.path("provisioningSteps")) {
            steps.add(new ProvisioningResult.Step(
                    String.valueOf(GraphJson.text(step, "name")),
                    GraphJson.text(step, "type"),
                    GraphJson.text(step, "status"),
                    GraphJson.text(step, "description"),
                    GraphJson.text(step, "timestamp"),
                    details(step.path("details"))));
        }
        JsonNode target = value.path("targetIdentity");
        JsonNode details = key.path("details");
        return new ProvisioningResult(
                result,
                Optional.ofNullable(GraphJson.text(details, "errorCode"))
                        .or(() -> Optional.ofNullable(GraphJson.text(value.path("statusInfo"), "errorCode"))),
                Optional.ofNullable(GraphJson.text(details, "errorMessage"))
                        .or(() -> Optional.ofNullable(GraphJson.text(value.path("statusInfo"), "reason"))),
                steps,
                target.isObject()
                        ? Optional.of(new ProvisioningResult.Identity(
                                GraphJson.text(target, "id"), GraphJson.text(target, "type")))
                        : Optional.empty());
    }

    /** A step's details, each value as text: a string as it is, anything else as its JSON. */
    private static Map<String, String> details(JsonNode details) {
        Map<String, String> out = new LinkedHashMap<>();
        details.properties()
                .forEach(e -> out.put(
                        e.getKey(),
                        e.getValue().isString()
                                ? e.getValue().asString()
                                : e.getValue().toString()));
        return out;
    }

    /** The JSON object held as text in {@code field}. */
    private static JsonNode embedded(JsonNode answer, String field) {
        String text = GraphJson.text(answer, field);
        if (text == null) {
            throw GraphJson.unexpected("a provisionOnDemand answer without " + field);
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject()) {
                throw GraphJson.unexpected("a provisionOnDemand " + field + " that is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw GraphJson.unexpected("a provisionOnDemand " + field + " that is not JSON");
        }
    }
}
