package io.github.cloudsync.emulator;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /applicationTemplates/{id}/instantiate}: a new application and service principal, 201 (docs/graph.md
 * 4.2).
 */
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
        ObjectNode application = application(call, template, appId, displayName);
        ObjectNode servicePrincipal = servicePrincipal(template, appId, displayName, tenant.tenantId());
        tenant.add(new ServicePrincipalRecord(servicePrincipal.deepCopy()));
        tenant.markCreated(servicePrincipal.get("id").asString(), call.now());
        tenant.markCreated(appId, call.now());

        boolean objectIdOnly = tenant.settings.instantiateObjectIdOnly();
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("microsoft.graph.applicationServicePrincipal"));
        body.set("application", withObjectId(call, application, objectIdOnly));
        body.set(
                "servicePrincipal",
                withObjectId(call, ServicePrincipalVersions.project(call, servicePrincipal), objectIdOnly));
        return GraphReply.json(201, body);
    }

    /**
     * Beta answers {@code objectId} (as its documented example does) and, here, {@code id}; with
     * {@code instantiateObjectIdOnly} beta answers {@code objectId} alone. v1.0 answers only {@code id} (docs/graph.md
     * 4.2 and 15).
     */
    private static ObjectNode withObjectId(GraphCall call, ObjectNode entity, boolean objectIdOnly) {
        if (!call.beta()) {
            return entity;
        }
        ObjectNode withObjectId = JsonTrees.object();
        withObjectId.put("objectId", entity.get("id").asString());
        withObjectId.setAll(entity);
        if (objectIdOnly) {
            withObjectId.remove("id");
        }
        return withObjectId;
    }

    /**
     * The application, with the properties of the call's version only (its CSDL): the AAD Graph era {@code homepage},
     * {@code replyUrls}, {@code logoutUrl}, {@code errorUrl} and {@code availableToOtherTenants} of the beta docs
     * example live in {@code web} and {@code signInAudience} today, and beta's application has no {@code
     * applicationTemplateId}.
     */
    private static ObjectNode application(
            GraphCall call, ApplicationTemplate template, String appId, String displayName) {
        ObjectNode app = JsonTrees.object();
        app.put("id", UUID.randomUUID().toString());
        app.putNull("deletedDateTime");
        app.put("appId", appId);
        if (!call.beta()) {
            app.put("applicationTemplateId", template.id());
        }
        app.put("displayName", displayName);
        app.putNull("groupMembershipClaims");
        app.putArray("identifierUris");
        app.put("signInAudience", "AzureADMyOrg");
        ObjectNode web = app.putObject("web");
        web.put("homePageUrl", template.homepage());
        web.putNull("logoutUrl");
        web.putArray("redirectUris");
        return app;
    }

    /** The stored service principal: the union of both versions' properties; answers project it per version. */
    private static ObjectNode servicePrincipal(
            ApplicationTemplate template, String appId, String displayName, String tenantId) {
        ObjectNode sp = JsonTrees.object();
        sp.put("id", UUID.randomUUID().toString());
        sp.putNull("deletedDateTime");
        sp.put("accountEnabled", true);
        sp.put("appDisplayName", displayName);
        sp.put("appId", appId);
        sp.put("applicationTemplateId", template.id());
        sp.put("appOwnerOrganizationId", tenantId);
        sp.put("appRoleAssignmentRequired", true);
        sp.put("displayName", displayName);
        sp.put("homepage", template.homepage());
        sp.putNull("logoutUrl");
        sp.put("publisherName", "Microsoft");
        sp.putArray("replyUrls");
        sp.putArray("servicePrincipalNames").add(appId);
        sp.put("servicePrincipalType", "Application");
        sp.put("signInAudience", "AzureADMyOrg");
        sp.putArray("tags").add("WindowsAzureActiveDirectoryIntegratedApp");
        sp.putArray("keyCredentials");
        sp.putArray("passwordCredentials");
        return sp;
    }
}
