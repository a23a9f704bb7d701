package io.github.cloudsync.emulator;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /applicationTemplates/{id}/instantiate}: a new application and service principal, 201 (graph-api.md 4.2). */
final class Instantiation {
    private Instantiation() {}

    static GraphReply instantiate(GraphCall call, Tenant tenant, Map<String, String> params) {
        ApplicationTemplate template = ApplicationTemplate.find(params.get("template"))
                .orElseThrow(() -> GraphFailure.resourceNotFound(params.get("template")));
        ObjectNode request = JsonTrees.parseObject(call.body());
        for (String name : request.propertyNames()) {
            if (!name.equals("displayName")) {
                throw GraphFailure.badRequest(
                        "Request_BadRequest",
                        "The parameter '" + name + "' in the request payload is not a valid parameter for the"
                                + " operation 'instantiate'.");
            }
        }
        String displayName = JsonTrees.string(request, "displayName");
        if (displayName == null || displayName.isBlank()) {
            throw GraphFailure.badRequest(
                    "Request_BadRequest", "Required parameter 'displayName' is missing or empty.");
        }
        String appId = UUID.randomUUID().toString();
        ObjectNode application = application(template, appId, displayName);
        ObjectNode servicePrincipal = servicePrincipal(template, appId, displayName, tenant.tenantId());
        tenant.add(new ServicePrincipalRecord(servicePrincipal.deepCopy()));
        tenant.markCreated(servicePrincipal.get("id").asString(), call.now());
        tenant.markCreated(appId, call.now());

        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("microsoft.graph.applicationServicePrincipal"));
        body.set("application", withObjectId(call, application));
        body.set("servicePrincipal", withObjectId(call, servicePrincipal));
        return GraphReply.json(201, body);
    }

    /** Beta answers {@code objectId} (and, here, {@code id}); v1.0 only {@code id} (graph-api.md 4.2 and 15). */
    private static ObjectNode withObjectId(GraphCall call, ObjectNode entity) {
        if (!call.beta()) {
            return entity;
        }
        ObjectNode withObjectId = JsonTrees.object();
        withObjectId.put("objectId", entity.get("id").asString());
        withObjectId.setAll(entity);
        return withObjectId;
    }

    private static ObjectNode application(ApplicationTemplate template, String appId, String displayName) {
        ObjectNode app = JsonTrees.object();
        app.put("id", UUID.randomUUID().toString());
        app.put("appId", appId);
        app.put("applicationTemplateId", template.id());
        app.put("displayName", displayName);
        app.put("homepage", template.homepage());
        app.putArray("identifierUris");
        app.putNull("publicClient");
        app.putArray("replyUrls");
        app.putNull("logoutUrl");
        app.putNull("samlMetadataUrl");
        app.putNull("errorUrl");
        app.putNull("groupMembershipClaims");
        app.put("availableToOtherTenants", false);
        return app;
    }

    private static ObjectNode servicePrincipal(
            ApplicationTemplate template, String appId, String displayName, String tenantId) {
        ObjectNode sp = JsonTrees.object();
        sp.put("id", UUID.randomUUID().toString());
        sp.putNull("deletedDateTime");
        sp.put("accountEnabled", true);
        sp.put("appDisplayName", displayName);
        sp.put("appId", appId);
        sp.put("applicationTemplateId", template.id());
        sp.put("appOwnerTenantId", tenantId);
        sp.put("appRoleAssignmentRequired", true);
        sp.put("displayName", displayName);
        sp.put("homepage", template.homepage());
        sp.put("publisherName", "Microsoft");
        sp.putArray("servicePrincipalNames").add(appId);
        sp.put("servicePrincipalType", "Application");
        sp.putArray("tags").add("WindowsAzureActiveDirectoryIntegratedApp");
        sp.putArray("keyCredentials");
        sp.putArray("passwordCredentials");
        return sp;
    }
}
