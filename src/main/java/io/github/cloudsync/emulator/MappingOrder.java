package io.github.cloudsync.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The backend's order of {@code attributeMappings}: "the backend sorts for you" (Microsoft's Graph recipe for cloud
 * sync, docs/graph.md section 1.2). The key is {@code targetAttributeName} compared ordinally on upper case letters
 * (.NET's OrdinalIgnoreCase): the 136 user mappings of the real 2020 AD2AADProvisioning schema are in exactly this
 * order and in no case-sensitive one ({@code DisplayName}, {@code DLMemRejectPerms}, {@code dnsDomainName}). The sort
 * is stable, so mappings with the same target keep the order they were sent in.
 */
final class MappingOrder {
    static final Comparator<JsonNode> BY_TARGET = Comparator.comparing(
            mapping -> mapping.path("targetAttributeName").asString("").toUpperCase(Locale.ROOT));

    private MappingOrder() {}

    /** Sorts the attribute mappings of every object mapping of every rule of {@code schema}, in place. */
    static void sort(JsonNode schema) {
        for (JsonNode rule : schema.path("synchronizationRules")) {
            for (JsonNode objectMapping : rule.path("objectMappings")) {
                if (objectMapping.path("attributeMappings") instanceof ArrayNode mappings) {
                    List<JsonNode> sorted = new ArrayList<>();
                    mappings.forEach(sorted::add);
                    sorted.sort(BY_TARGET);
                    mappings.removeAll();
                    mappings.addAll(sorted);
                }
            }
        }
    }
}
