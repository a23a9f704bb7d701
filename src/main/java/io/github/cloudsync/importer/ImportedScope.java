package io.github.cloudsync.importer;

import io.github.cloudsync.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The scope a live provisioning schema holds, as a profile says it (docs/graph.md section 16.6): the first rule's
 * {@code containerFilter.includedContainers} (OUs) or {@code groupFilter.includedGroups} (groups); neither is all of
 * the domain. A rule with both (the portal never makes one) keeps its OUs, with a warning.
 */
final class ImportedScope {
    private ImportedScope() {}

    static Optional<Scope> of(JsonNode schema, List<String> warnings) {
        for (JsonNode rule : schema.path("synchronizationRules")) {
            List<String> containers = names(rule.path("containerFilter").path("includedContainers"));
            List<String> groups = names(rule.path("groupFilter").path("includedGroups"));
            if (!containers.isEmpty() && !groups.isEmpty()) {
                warnings.add("rule " + rule.path("name").asString("(unnamed rule)") + " is scoped to both OUs and"
                        + " groups: a profile has one or the other, so the profile keeps the OUs and plan would"
                        + " drop the groups");
            }
            if (!containers.isEmpty()) {
                return Optional.of(new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, containers));
            }
            if (!groups.isEmpty()) {
                return Optional.of(new Scope(Scope.Kind.GROUPS, groups));
            }
        }
        return Optional.empty();
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        for (JsonNode name : list) {
            if (name.isString() && !name.asString().isBlank()) {
                names.add(name.asString());
            }
        }
        return names;
    }
}
