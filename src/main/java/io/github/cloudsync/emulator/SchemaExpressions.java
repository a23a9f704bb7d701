package io.github.cloudsync.emulator;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST .../schema/parseExpression} and {@code GET .../schema/functions}, on a job and on a template
 * (microsoftgraph/microsoft-graph-docs-contrib:api-reference/v1.0/api/synchronization-synchronizationschema-
 * parseexpression.md and ...-functions.md). An expression that does not parse is a 200 with {@code parsingSucceeded}
 * false and the reason in {@code error}: Graph's behaviour is not documented, and this is the answer a client must
 * read the flag of (docs/emulator.md). Expressions are not evaluated.
 */
final class SchemaExpressions {
    private static final Set<String> PARAMETERS = Set.of("expression", "testInputObject", "targetAttributeDefinition");

    private SchemaExpressions() {}

    static GraphReply parseOnJob(GraphCall call, Tenant tenant, Map<String, String> params) {
        Tenant.requireJob(tenant.requireServicePrincipal(params.get("sp")), params.get("job"));
        return parse(call);
    }

    static GraphReply parseOnTemplate(GraphCall call, Tenant tenant, Map<String, String> params) {
        SyncTemplates.requireTemplate(tenant.requireServicePrincipal(params.get("sp")), params.get("template"));
        return parse(call);
    }

    static GraphReply functionsOfJob(GraphCall call, Tenant tenant, Map<String, String> params) {
        Tenant.requireJob(tenant.requireServicePrincipal(params.get("sp")), params.get("job"));
        return GraphReply.json(200, MappingFunctions.listing(call.context("functions")));
    }

    static GraphReply functionsOfTemplate(GraphCall call, Tenant tenant, Map<String, String> params) {
        SyncTemplates.requireTemplate(tenant.requireServicePrincipal(params.get("sp")), params.get("template"));
        return GraphReply.json(200, MappingFunctions.listing(call.context("functions")));
    }

    private static GraphReply parse(GraphCall call) {
        ObjectNode request = JsonTrees.parseObject(call.body());
        for (String name : request.propertyNames()) {
            if (!PARAMETERS.contains(name)) {
                throw GraphFailure.badRequest(
                        "BadRequest",
                        "The parameter '" + name + "' in the request payload is not a valid parameter for the"
                                + " operation 'parseExpression'.");
            }
        }
        JsonNode expression = request.get("expression");
        if (expression == null || !expression.isString()) {
            throw GraphFailure.badRequest("BadRequest", "The parameter 'expression' must be a string.");
        }
        for (String optional : new String[] {"testInputObject", "targetAttributeDefinition"}) {
            JsonNode value = request.get(optional);
            if (value != null && !value.isNull() && !value.isObject()) {
                throw GraphFailure.badRequest("BadRequest", "The parameter '" + optional + "' must be an object.");
            }
        }
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("microsoft.graph.parseExpressionResponse"));
        try {
            ObjectNode tree = ExpressionParser.parse(expression.stringValue());
            body.putNull("error");
            body.put("evaluationSucceeded", false);
            body.putArray("evaluationResult");
            body.set("parsedExpression", tree);
            body.put("parsingSucceeded", true);
        } catch (ExpressionParser.Failure failure) {
            ObjectNode error = body.putObject("error");
            error.put("code", "InvalidExpression");
            error.put("message", failure.getMessage());
            error.put("target", String.valueOf(failure.position()));
            error.putArray("details");
            error.putNull("innerError");
            body.put("evaluationSucceeded", false);
            body.putArray("evaluationResult");
            body.putNull("parsedExpression");
            body.put("parsingSucceeded", false);
        }
        return GraphReply.json(200, body);
    }
}
