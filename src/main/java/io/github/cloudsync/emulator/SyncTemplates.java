package io.github.cloudsync.emulator;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /servicePrincipals/{id}/synchronization/templates}: the job templates of the application (docs/graph.md section
 * 4.3), and {@code GET .../templates/{templateId}/schema}: a template's default schema, the one a new job of it starts
 * with and {@code DELETE .../jobs/{id}/schema} returns to
 * (microsoftgraph/microsoft-graph-docs-contrib:api-reference/v1.0/api/synchronization-synchronizationschema-get.md).
 */
final class SyncTemplates {
    private final DefaultSchemas defaults;

    SyncTemplates(DefaultSchemas defaults) {
        this.defaults = defaults;
    }

    GraphReply list(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("servicePrincipals('" + sp.id() + "')/synchronization/templates"));
        ArrayNode value = body.putArray("value");
        List<String> templates = ApplicationTemplate.jobTemplatesOf(sp.applicationTemplateId());
        for (String id : templates) {
            ObjectNode template = value.addObject();
            template.put("id", id);
            template.put("applicationId", sp.appId());
            template.put("default", id.equals(templates.get(0)));
            template.putNull("description");
            template.put("discoverable", true);
            template.put("factoryTag", id);
            template.putArray("metadata");
        }
        return GraphReply.json(200, body);
    }

    /**
     * The template's default schema, {@code id} set to the template id; a template has no {@code version} and no
     * {@code provisioningTaskIdentifier} [I: no public sample of this answer exists].
     */
    GraphReply schema(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        String templateId = requireTemplate(sp, params.get("template"));
        ObjectNode body = JsonTrees.object();
        body.put(
                "@odata.context",
                call.context("servicePrincipals('" + sp.id() + "')/synchronization/templates('" + templateId
                        + "')/schema/$entity"));
        for (Map.Entry<String, JsonNode> property : defaults.of(templateId).properties()) {
            switch (property.getKey()) {
                case "id" -> body.put("id", templateId);
                case "version", "provisioningTaskIdentifier" -> {}
                default -> body.set(property.getKey(), property.getValue());
            }
        }
        return GraphReply.json(200, body);
    }

    /** The template id as the application spells it; any other is the backend's 404. */
    static String requireTemplate(ServicePrincipalRecord sp, String templateId) {
        for (String id : ApplicationTemplate.jobTemplatesOf(sp.applicationTemplateId())) {
            if (id.equals(templateId)) {
                return id;
            }
        }
        throw GraphFailure.syncBackend(
                404, "NotFound", "The synchronization template '" + templateId + "' was not found.");
    }
}
