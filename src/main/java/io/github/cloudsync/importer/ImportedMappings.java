package io.github.cloudsync.importer;

import io.github.cloudsync.model.AttributeMapping;
import io.github.cloudsync.model.MappedObjectType;
import io.github.cloudsync.model.MappingFlow;
import io.github.cloudsync.model.MappingRemoval;
import io.github.cloudsync.model.MappingSource;
import io.github.cloudsync.model.ObjectMappings;
import io.github.cloudsync.model.ProfilePosition;
import io.github.cloudsync.profile.ExpressionParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The attribute mappings of a live provisioning schema that differ from the template's default schema (docs/graph.md
 * section 16.8), as an {@code exact} profile says them: per AD object type, a {@code set} for each mapping added or
 * changed and a {@code remove} for each default that is gone. Mappings are compared as a set keyed by target, without
 * case (the backend sorts them: section 4.7). A set mapping in exact mode is the template's mapping (or, for a new
 * target, a portal-made one) with the profile's source and flow type, so a difference in any other field, a flow type
 * the profile has no word for, a source the expression parser does not give back as the same tree, CredentialData
 * (owned by passwordHashSync) and the service-managed targets cannot be written: each is a warning instead.
 */
final class ImportedMappings {
    private static final String TARGET = "targetAttributeName";
    private static final String CREDENTIAL_DATA = "credentialdata";

    /** The targets profile validation refuses because the service fills them (profile's MappingChecks). */
    private static final Set<String> SERVICE_MANAGED =
            Set.of("onpremisesobjectidentifier", "dnsdomainname", "netbiosname");

    /** Where an imported mapping "was written": it comes from Graph, not from a file. */
    private static final ProfilePosition FROM_GRAPH = new ProfilePosition("(imported)", 0, 0);

    private final List<String> warnings;

    private ImportedMappings(List<String> warnings) {
        this.warnings = warnings;
    }

    /** The overlays turning {@code template}'s mappings into {@code live}'s, per object type that has any. */
    static List<ObjectMappings> of(JsonNode live, JsonNode template, List<String> warnings) {
        ImportedMappings imported = new ImportedMappings(warnings);
        List<ObjectMappings> objects = new ArrayList<>();
        for (MappedObjectType type : MappedObjectType.values()) {
            Optional<JsonNode> liveMapping = objectMapping(live, type);
            Optional<JsonNode> defaultMapping = objectMapping(template, type);
            if (liveMapping.isEmpty() || defaultMapping.isEmpty()) {
                continue;
            }
            imported.compare(type, liveMapping.get(), defaultMapping.get()).ifPresent(objects::add);
        }
        return objects;
    }

    private Optional<ObjectMappings> compare(MappedObjectType type, JsonNode live, JsonNode template) {
        Map<String, JsonNode> current = byTarget(live.path("attributeMappings"));
        Map<String, JsonNode> defaults = byTarget(template.path("attributeMappings"));
        List<AttributeMapping> set = new ArrayList<>();
        List<MappingRemoval> remove = new ArrayList<>();
        String name = type.sourceObjectName();
        current.forEach((key, mapping) -> {
            JsonNode original = defaults.get(key);
            if (mapping.equals(original) || !writable(name, key, mapping)) {
                return;
            }
            String target = mapping.path(TARGET).asString();
            JsonNode base = original == null ? portalMade(target) : original;
            if (!withoutSourceAndFlow(base).equals(withoutSourceAndFlow(mapping))) {
                warnings.add(
                        name + "." + target + " differs from " + (original == null ? "a new mapping" : "the default")
                                + " in more than its source and flow (e.g. matchingPriority, defaultValue, flowBehavior): the"
                                + " profile cannot say that; it is not in the profile");
                return;
            }
            Optional<MappingFlow> flow = flow(mapping.path("flowType").asString(""));
            Optional<MappingSource> source = source(mapping.path("source"));
            if (flow.isEmpty() || source.isEmpty()) {
                warnings.add(name + "." + target + " has "
                        + (flow.isEmpty()
                                ? "flow type " + mapping.path("flowType").asString("(none)")
                                : "a source")
                        + " the profile cannot say: it is not in the profile");
                return;
            }
            set.add(new AttributeMapping(target, source.get(), flow.get(), FROM_GRAPH));
        });
        defaults.forEach((key, mapping) -> {
            if (!current.containsKey(key) && writable(name, key, mapping)) {
                remove.add(new MappingRemoval(mapping.path(TARGET).asString(), FROM_GRAPH));
            }
        });
        return set.isEmpty() && remove.isEmpty()
                ? Optional.empty()
                : Optional.of(new ObjectMappings(type, set, remove));
    }

    /** CredentialData belongs to passwordHashSync; a service-managed target differing is reported, never written. */
    private boolean writable(String type, String key, JsonNode mapping) {
        if (key.equals(CREDENTIAL_DATA)) {
            return false;
        }
        if (SERVICE_MANAGED.contains(key)) {
            warnings.add(type + "." + mapping.path(TARGET).asString() + " is filled by the service and differs from"
                    + " the default: a profile cannot own it; it is not in the profile");
            return false;
        }
        return true;
    }

    /**
     * The live source as the profile's model holds it, when the profile can say it so that it loads back into exactly
     * the same tree: an attribute or a constant by name, a function by its expression text, parsed as the loader will.
     */
    private static Optional<MappingSource> source(JsonNode source) {
        Optional<MappingSource> tree = tree(source);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        MappingSource live = tree.get();
        Optional<MappingSource> written = switch (live.type()) {
            case ATTRIBUTE -> Optional.of(MappingSource.attribute(live.name()));
            case CONSTANT -> Optional.of(MappingSource.constant(live.name()));
            case FUNCTION ->
                live.expression() == null
                        ? Optional.empty()
                        : ExpressionParser.parse(live.expression()).tree();
        };
        return written.filter(live::equals);
    }

    /** A Graph attributeMappingSource tree as the model's record; empty when a node lacks its type or name. */
    private static Optional<MappingSource> tree(JsonNode node) {
        Optional<MappingSource.Type> type =
                switch (node.path("type").asString("").toLowerCase(Locale.ROOT)) {
                    case "attribute" -> Optional.of(MappingSource.Type.ATTRIBUTE);
                    case "constant" -> Optional.of(MappingSource.Type.CONSTANT);
                    case "function" -> Optional.of(MappingSource.Type.FUNCTION);
                    default -> Optional.empty();
                };
        if (type.isEmpty() || !node.path("name").isString()) {
            return Optional.empty();
        }
        List<MappingSource.Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : node.path("parameters")) {
            Optional<MappingSource> value = tree(parameter.path("value"));
            if (value.isEmpty() || !parameter.path("key").isString()) {
                return Optional.empty();
            }
            parameters.add(new MappingSource.Parameter(parameter.path("key").asString(), value.get()));
        }
        String expression =
                node.path("expression").isString() ? node.path("expression").asString() : null;
        return Optional.of(new MappingSource(type.get(), node.path("name").asString(), expression, parameters));
    }

    private static Optional<MappingFlow> flow(String flowType) {
        return switch (flowType) {
            case "Always" -> Optional.of(MappingFlow.ALWAYS);
            case "ObjectAddOnly" -> Optional.of(MappingFlow.ON_CREATE);
            default -> Optional.empty();
        };
    }

    /** What the planner adds for a target the template lacks: a mapping with the portal's defaults. */
    private static JsonNode portalMade(String target) {
        ObjectNode added = tools.jackson.databind.json.JsonMapper.shared().createObjectNode();
        added.putNull("defaultValue");
        added.put("exportMissingReferences", false);
        added.put("flowBehavior", "FlowWhenChanged");
        added.put("matchingPriority", 0);
        added.put(TARGET, target);
        return added;
    }

    private static JsonNode withoutSourceAndFlow(JsonNode mapping) {
        ObjectNode copy = ((ObjectNode) mapping).deepCopy();
        copy.remove("source");
        copy.remove("flowType");
        return copy;
    }

    /** The first object mapping of any rule whose sourceObjectName is {@code type}, ignoring case. */
    private static Optional<JsonNode> objectMapping(JsonNode schema, MappedObjectType type) {
        for (JsonNode rule : schema.path("synchronizationRules")) {
            for (JsonNode mapping : rule.path("objectMappings")) {
                if (mapping.path("sourceObjectName").asString("").equalsIgnoreCase(type.sourceObjectName())) {
                    return Optional.of(mapping);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, JsonNode> byTarget(JsonNode attributeMappings) {
        Map<String, JsonNode> byTarget = new LinkedHashMap<>();
        for (JsonNode mapping : attributeMappings) {
            if (mapping.isObject()) {
                byTarget.putIfAbsent(mapping.path(TARGET).asString("").toLowerCase(Locale.ROOT), mapping);
            }
        }
        return byTarget;
    }
}
