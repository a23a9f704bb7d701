package io.github.cloudsync.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET} and {@code PUT /servicePrincipals/{id}/synchronization/secrets} (docs/graph.md 4.9 and 6). GET masks
 * sensitive values as {@code "*"} and leaves out AppKey unless it is switched readable; PUT merges per key (default,
 * {@code ""} deletes) or replaces the whole set, and validates the whole body before changing anything.
 */
final class Secrets {
    /** The synchronizationSecret enum (CSDL, docs/graph.md 5.5): keys are case-exact. */
    static final Set<String> KEYS = Set.of(
            "None",
            "UserName",
            "Password",
            "SecretToken",
            "AppKey",
            "BaseAddress",
            "ClientIdentifier",
            "ClientSecret",
            "SingleSignOnType",
            "Sandbox",
            "Url",
            "Domain",
            "ConsumerKey",
            "ConsumerSecret",
            "TokenKey",
            "TokenExpiration",
            "Oauth2AccessToken",
            "Oauth2AccessTokenCreationTime",
            "Oauth2RefreshToken",
            "SyncAll",
            "InstanceName",
            "Oauth2ClientId",
            "Oauth2ClientSecret",
            "CompanyId",
            "UpdateKeyOnSoftDelete",
            "SynchronizationSchedule",
            "SystemOfRecord",
            "SandboxName",
            "EnforceDomain",
            "SyncNotificationSettings",
            "SkipOutOfScopeDeletions",
            "Oauth2AuthorizationCode",
            "Oauth2RedirectUri",
            "ApplicationTemplateIdentifier",
            "Oauth2TokenExchangeUri",
            "Oauth2AuthorizationUri",
            "AuthenticationType",
            "Server",
            "PerformInboundEntitlementGrants",
            "HardDeletesEnabled",
            "SyncAgentCompatibilityKey",
            "SyncAgentADContainer",
            "ValidateDomain",
            "TestReferences",
            "ConnectionString");

    /** Values Graph returns as {@code "*"} (docs/graph.md 4.9). */
    static final Set<String> MASKED = Set.of("Password", "SecretToken", "ClientSecret");

    static final String NOTIFICATION_SETTINGS = "SyncNotificationSettings";

    GraphReply get(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("servicePrincipals('" + sp.id() + "')/synchronization/secrets"));
        ArrayNode value = body.putArray("value");
        for (Map.Entry<String, String> secret : sp.secrets.entrySet()) {
            if (secret.getKey().equals("AppKey") && !tenant.settings.appKeyReadable()) {
                continue;
            }
            ObjectNode pair = value.addObject();
            pair.put("key", secret.getKey());
            pair.put("value", MASKED.contains(secret.getKey()) ? "*" : secret.getValue());
        }
        return GraphReply.json(200, body);
    }

    GraphReply put(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        if (!call.hasBody()) {
            throw GraphFailure.badRequest("BadRequest", "Empty Payload. JSON content expected.");
        }
        Map<String, String> sent = parse(JsonTrees.parseObject(call.body()));
        if (tenant.settings.secretsMode() == SecretsMode.REPLACE) {
            sp.secrets.clear();
        }
        for (Map.Entry<String, String> secret : sent.entrySet()) {
            if (secret.getValue().isEmpty()) {
                sp.secrets.remove(secret.getKey());
            } else {
                sp.secrets.put(secret.getKey(), secret.getValue());
            }
        }
        return GraphReply.noContent();
    }

    private static Map<String, String> parse(ObjectNode body) {
        for (String name : body.propertyNames()) {
            if (!name.equals("value")) {
                throw GraphFailure.badRequest(
                        "BadRequest", "The parameter '" + name + "' in the request payload is not a valid parameter.");
            }
        }
        JsonNode items = body.path("value");
        if (!items.isArray()) {
            throw GraphFailure.badRequest(
                    "BadRequest", "The parameter 'value' must be an array of key and value pairs.");
        }
        Map<String, String> sent = new LinkedHashMap<>();
        for (JsonNode item : items) {
            String key = item.isObject() ? JsonTrees.string(item, "key") : null;
            JsonNode value = item.path("value");
            if (key == null || !KEYS.contains(key)) {
                throw GraphFailure.badRequest(
                        "BadRequest",
                        "The value '" + (key == null ? item.path("key") : key)
                                + "' is not valid for the enum type 'microsoft.graph.synchronizationSecret'.");
            }
            if (!value.isString() && !value.isNull()) {
                throw GraphFailure.badRequest("BadRequest", "The value of secret '" + key + "' must be a string.");
            }
            String text = value.isNull() ? "" : value.stringValue();
            if (key.equals(NOTIFICATION_SETTINGS)) {
                NotificationSettings.validate(text);
            }
            sent.put(key, text);
        }
        return sent;
    }
}
