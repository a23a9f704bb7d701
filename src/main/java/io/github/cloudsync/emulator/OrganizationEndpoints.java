package io.github.cloudsync.emulator;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /organization}, {@code GET} and {@code PATCH /organization/{id}} (docs/graph.md 4.1). */
final class OrganizationEndpoints {
    private OrganizationEndpoints() {}

    static GraphReply list(GraphCall call, Tenant tenant, Map<String, String> params) {
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("organization"));
        body.putArray("value").add(tenant.organization.deepCopy());
        return GraphReply.json(200, body);
    }

    static GraphReply get(GraphCall call, Tenant tenant, Map<String, String> params) {
        requireOrganization(tenant, params.get("org"));
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("organization/$entity"));
        body.setAll(tenant.organization.deepCopy());
        return GraphReply.json(200, body);
    }

    /**
     * Sets {@code onPremisesSyncEnabled}; 204. The SDK adds {@code @odata.type} (docs/graph.md 15), which must be the
     * organization type; any other property is refused, so a typo never passes silently.
     */
    static GraphReply patch(GraphCall call, Tenant tenant, Map<String, String> params) {
        requireOrganization(tenant, params.get("org"));
        ObjectNode body = JsonTrees.parseObject(call.body());
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (name.equals("@odata.type")) {
                if (!value.isString() || !value.stringValue().equals("#microsoft.graph.organization")) {
                    throw GraphFailure.badRequest(
                            "Request_BadRequest", "A type named '" + value.asString() + "' could not be resolved.");
                }
            } else if (name.equals("onPremisesSyncEnabled")) {
                if (!value.isBoolean() && !value.isNull()) {
                    throw GraphFailure.badRequest(
                            "Request_BadRequest",
                            "Invalid value specified for property 'onPremisesSyncEnabled' of resource 'Company'.");
                }
            } else {
                throw GraphFailure.badRequest(
                        "Request_BadRequest",
                        "Property '" + name + "' does not exist as a declared property or extension property.");
            }
        }
        if (body.has("onPremisesSyncEnabled")) {
            tenant.organization.set("onPremisesSyncEnabled", body.get("onPremisesSyncEnabled"));
        }
        return GraphReply.noContent();
    }

    private static void requireOrganization(Tenant tenant, String id) {
        if (!tenant.tenantId().equalsIgnoreCase(id)) {
            throw GraphFailure.resourceNotFound(id);
        }
    }
}
