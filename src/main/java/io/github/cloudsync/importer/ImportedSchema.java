package io.github.cloudsync.importer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the provisioning schema holds that profile v1 cannot say (docs/graph.md section 5.4): OU and group scoping
 * ({@code containerFilter}, {@code groupFilter}), scoping filters on object mappings ({@code scope.groups} and
 * {@code scope.categoryFilterGroups}; {@code inputFilterGroups} hold cloud sync's built-in exclusions and are left
 * out), customer-defined object mappings, and attribute mappings other than CredentialData.
 */
final class ImportedSchema {
    private static final String CREDENTIAL_DATA = "CredentialData";

    private ImportedSchema() {}

    static void warnings(JsonNode schema, List<String> warnings) {
        int attributeMappings = 0;
        for (JsonNode rule : schema.path("synchronizationRules")) {
            String ruleName = rule.path("name").asString("(unnamed rule)");
            if (!rule.path("containerFilter").path("includedContainers").isEmpty()) {
                warnings.add("rule " + ruleName + " is scoped to organizational units (containerFilter): profile v1"
                        + " cannot say it yet; cloudsync keeps it as it is");
            }
            if (!rule.path("groupFilter").path("includedGroups").isEmpty()) {
                warnings.add("rule " + ruleName + " is scoped to groups (groupFilter): profile v1 cannot say it yet;"
                        + " cloudsync keeps it as it is");
            }
            for (JsonNode mapping : rule.path("objectMappings")) {
                String name = mapping.path("name")
                        .asString(mapping.path("sourceObjectName").asString("?"));
                JsonNode scope = mapping.path("scope");
                if (!scope.path("groups").isEmpty()
                        || !scope.path("categoryFilterGroups").isEmpty()) {
                    warnings.add("object mapping \"" + name + "\" has scoping filters: profile v1 cannot say them yet;"
                            + " cloudsync keeps them as they are");
                }
                if (customerDefined(mapping)) {
                    warnings.add("object mapping \"" + name + "\" was added by a person (IsCustomerDefined): profile"
                            + " v1 cannot say it yet; cloudsync keeps it as it is");
                }
                for (JsonNode attribute : mapping.path("attributeMappings")) {
                    if (!CREDENTIAL_DATA.equals(
                            attribute.path("targetAttributeName").asString(""))) {
                        attributeMappings++;
                    }
                }
            }
        }
        if (attributeMappings > 0) {
            warnings.add("the provisioning schema has " + attributeMappings + " attribute mappings besides"
                    + " CredentialData (Microsoft's defaults and any custom ones): profile v1 does not describe them"
                    + " yet; cloudsync keeps them as they are");
        }
    }

    private static boolean customerDefined(JsonNode mapping) {
        for (JsonNode entry : mapping.path("metadata")) {
            if (entry.path("key").asString("").equals("IsCustomerDefined")
                    && entry.path("value").asString("").equalsIgnoreCase("true")) {
                return true;
            }
        }
        return false;
    }
}
