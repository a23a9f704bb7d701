package io.github.cloudsync.emulator;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which servicePrincipal properties each Graph version has: the structural properties of {@code servicePrincipal},
 * {@code directoryObject} and {@code entity} in microsoftgraph/msgraph-metadata schemas/v1.0-Prod.csdl and
 * schemas/beta-Prod.csdl. A stored service principal may carry more (a seeded state, the union of both versions); an
 * answer carries only its version's, so a client never relies on a property its version lacks.
 */
final class ServicePrincipalVersions {
    private static final Set<String> COMMON = Set.of(
            "id",
            "deletedDateTime",
            "accountEnabled",
            "addIns",
            "alternativeNames",
            "appDescription",
            "appDisplayName",
            "appId",
            "applicationTemplateId",
            "appOwnerOrganizationId",
            "appRoleAssignmentRequired",
            "appRoles",
            "createdByAppId",
            "customSecurityAttributes",
            "description",
            "disabledByMicrosoftStatus",
            "displayName",
            "homepage",
            "info",
            "isDisabled",
            "keyCredentials",
            "loginUrl",
            "logoutUrl",
            "notes",
            "notificationEmailAddresses",
            "passwordCredentials",
            "preferredSingleSignOnMode",
            "preferredTokenSigningKeyThumbprint",
            "replyUrls",
            "samlSingleSignOnSettings",
            "servicePrincipalNames",
            "servicePrincipalType",
            "signInAudience",
            "tags",
            "tokenEncryptionKeyId",
            "verifiedPublisher");

    private static final Map<Boolean, Set<String>> ONLY_IN = Map.of(
            false,
            Set.of("oauth2PermissionScopes", "resourceSpecificApplicationPermissions"),
            true,
            Set.of(
                    "errorUrl",
                    "passwordSingleSignOnSettings",
                    "preferredTokenSigningKeyEndDateTime",
                    "publishedPermissionScopes",
                    "publisherName",
                    "samlMetadataUrl"));

    private ServicePrincipalVersions() {}

    /** Whether {@code property} is a servicePrincipal property on beta ({@code beta}) or v1.0. */
    static boolean has(boolean beta, String property) {
        return COMMON.contains(property) || ONLY_IN.get(beta).contains(property);
    }

    /** A copy of {@code stored} with only the properties of the call's version, in stored order. */
    static ObjectNode project(GraphCall call, ObjectNode stored) {
        ObjectNode answer = JsonTrees.object();
        for (Map.Entry<String, JsonNode> property : stored.properties()) {
            if (has(call.beta(), property.getKey())) {
                answer.set(property.getKey(), property.getValue().deepCopy());
            }
        }
        return answer;
    }
}
