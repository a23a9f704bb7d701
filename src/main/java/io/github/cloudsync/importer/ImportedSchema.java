package io.github.cloudsync.importer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the provisioning schema holds that a profile cannot say (docs/graph.md section 5.4): scoping filters on object
 * mappings ({@code scope.groups} and {@code scope.categoryFilterGroups}; {@code inputFilterGroups} hold cloud sync's
 * built-in exclusions and are left out) and customer-defined object mappings. The rule's scope and the attribute
 * mappings are in the profile ({@link ImportedScope}, {@link ImportedMappings}).
 */
final class ImportedSchema {
    private ImportedSchema() {}

    static void warnings(JsonNode schema, List<String> warnings) {
        for (JsonNode rule : schema.path("synchronizationRules")) {
            for (JsonNode mapping : rule.path("objectMappings")) {
                String name = mapping.path("name")
                        .asString(mapping.path("sourceObjectName").asString("?"));
                JsonNode scope = mapping.path("scope");
                if (!scope.path("groups").isEmpty()
                        || !scope.path("categoryFilterGroups").isEmpty()) {
                    warnings.add("object mapping \"" + name + "\" has scoping filters: a profile cannot say them,"
                            + " and an exact profile wants the template's");
                }
                if (customerDefined(mapping)) {
                    warnings.add("object mapping \"" + name + "\" was added by a person (IsCustomerDefined): a"
                            + " profile cannot say it, and an exact profile wants the template's");
                }
            }
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
