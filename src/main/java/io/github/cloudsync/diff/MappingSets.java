package io.github.cloudsync.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * An object mapping's attribute mappings as a set keyed by target attribute, without case: the backend sorts them
 * ("Order of elements in this array doesn't matter (the backend sorts for you)", docs/graph.md section 4.7), so order
 * never counts as a difference. A repeated target counts once (the first); the others are differences.
 */
final class MappingSets {
    static final String TARGET = "targetAttributeName";

    private MappingSets() {}

    static String key(JsonNode attributeMapping) {
        return attributeMapping.path(TARGET).asString("").toLowerCase(Locale.ROOT);
    }

    static Map<String, JsonNode> byTarget(JsonNode attributeMappings) {
        Map<String, JsonNode> byTarget = new LinkedHashMap<>();
        attributeMappings.values().forEach(m -> byTarget.putIfAbsent(key(m), m));
        return byTarget;
    }

    /**
     * {@code desired} in {@code live}'s order, so that a diff between the two shows only what differs: each live
     * mapping whose target is desired (the live node itself when equal), then the desired mappings live lacks.
     */
    static ArrayNode inLiveOrder(JsonNode desired, JsonNode live) {
        Map<String, JsonNode> wanted = byTarget(desired);
        ArrayNode ordered = ((ArrayNode) desired).arrayNode();
        for (JsonNode mapping : live.values()) {
            JsonNode want = wanted.remove(key(mapping));
            if (want != null) {
                ordered.add(want.equals(mapping) ? mapping.deepCopy() : want.deepCopy());
            }
        }
        wanted.values().forEach(m -> ordered.add(m.deepCopy()));
        return ordered;
    }

    /** What turns {@code live} into {@code desired}, by target, leaving out the targets in {@code skipped}. */
    static List<SchemaChange> changes(String objectType, JsonNode live, JsonNode desired, Set<String> skipped) {
        Map<String, JsonNode> was = byTarget(live);
        Map<String, JsonNode> is = byTarget(desired);
        List<SchemaChange> changes = new ArrayList<>();
        was.forEach((key, mapping) -> {
            JsonNode now = is.get(key);
            if (skipped.contains(key)) {
                return;
            }
            String target = mapping.path(TARGET).asString();
            if (now == null) {
                changes.add(new SchemaChange.MappingRemoved(objectType, target, SourceTrees.text(mapping)));
            } else if (!now.equals(mapping)) {
                changes.add(new SchemaChange.MappingChanged(
                        objectType,
                        now.path(TARGET).asString(),
                        SourceTrees.text(mapping),
                        SourceTrees.text(now),
                        mapping.path("flowType").asString(""),
                        now.path("flowType").asString("")));
            }
        });
        is.forEach((key, mapping) -> {
            if (!was.containsKey(key) && !skipped.contains(key)) {
                changes.add(new SchemaChange.MappingAdded(
                        objectType,
                        mapping.path(TARGET).asString(),
                        SourceTrees.text(mapping),
                        mapping.path("flowType").asString("")));
            }
        });
        changes.sort(Comparator.comparing(MappingSets::targetOf, String.CASE_INSENSITIVE_ORDER));
        return changes;
    }

    /** The live mappings that differ from the template's, leaving out the targets in {@code named}. */
    static List<UnmanagedMapping> unmanaged(String objectType, JsonNode live, JsonNode template, Set<String> named) {
        Map<String, JsonNode> defaults = byTarget(template);
        Map<String, JsonNode> current = byTarget(live);
        List<UnmanagedMapping> unmanaged = new ArrayList<>();
        current.forEach((key, mapping) -> {
            JsonNode original = defaults.get(key);
            if (named.contains(key) || (original != null && original.equals(mapping))) {
                return;
            }
            unmanaged.add(new UnmanagedMapping(
                    objectType,
                    mapping.path(TARGET).asString(),
                    original == null ? UnmanagedMapping.Kind.ADDED : UnmanagedMapping.Kind.CHANGED,
                    SourceTrees.text(mapping)));
        });
        defaults.forEach((key, mapping) -> {
            if (!current.containsKey(key) && !named.contains(key)) {
                unmanaged.add(new UnmanagedMapping(
                        objectType,
                        mapping.path(TARGET).asString(),
                        UnmanagedMapping.Kind.REMOVED,
                        SourceTrees.text(mapping)));
            }
        });
        unmanaged.sort(Comparator.comparing(UnmanagedMapping::target, String.CASE_INSENSITIVE_ORDER));
        return unmanaged;
    }

    private static String targetOf(SchemaChange change) {
        if (change instanceof SchemaChange.MappingAdded a) {
            return a.target();
        } else if (change instanceof SchemaChange.MappingChanged c) {
            return c.target();
        } else if (change instanceof SchemaChange.MappingRemoved r) {
            return r.target();
        }
        return "";
    }
}
