package io.github.cloudsync.emulator;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /servicePrincipals/{id}/synchronization/templates}: the job templates of the application (graph-api.md 4.3). */
final class SyncTemplates {
    private SyncTemplates() {}

    static GraphReply list(GraphCall call, Tenant tenant, Map<String, String> params) {
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
}
