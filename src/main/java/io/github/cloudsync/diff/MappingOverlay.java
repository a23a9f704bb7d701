package io.github.cloudsync.diff;

import io.github.cloudsync.model.AttributeMapping;
import io.github.cloudsync.model.MappingRemoval;
import io.github.cloudsync.model.ObjectMappings;
import io.github.cloudsync.model.ProfilePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a profile's {@code set} and {@code remove} for one AD object type into the desired rules: on every object
 * mapping whose sourceObjectName is that type (docs/graph.md section 5.4: object mappings are matched by object names,
 * never by display name). A set target that exists gets the profile's source and flow type and keeps its other fields;
 * a new one is added with the defaults of a portal-made mapping. Targets and source attributes are checked against the
 * live schema's directories (when it was read with them), each problem at the profile position of its mapping.
 */
final class MappingOverlay {
    private final SchemaDirectories directories;
    private final List<SchemaProblem> problems = new ArrayList<>();

    MappingOverlay(SchemaDirectories directories) {
        this.directories = directories;
    }

    List<SchemaProblem> problems() {
        return List.copyOf(problems);
    }

    void apply(JsonNode rules, ObjectMappings wanted) {
        String type = wanted.objectType().sourceObjectName();
        boolean found = false;
        for (JsonNode rule : rules.values()) {
            for (JsonNode objectMapping : rule.path("objectMappings").values()) {
                if (objectMapping.path("sourceObjectName").asString("").equalsIgnoreCase(type)
                        && objectMapping.get("attributeMappings") instanceof ArrayNode attributes) {
                    found = true;
                    apply(rule, objectMapping, attributes, wanted);
                }
            }
        }
        if (!found) {
            first(wanted)
                    .ifPresent(at -> problems.add(new SchemaProblem(
                            at,
                            "the provisioning schema has no object mapping from " + type,
                            "remove the " + type + " mappings from the profile, or add the object mapping in the"
                                    + " portal first")));
        }
    }

    private void apply(JsonNode rule, JsonNode objectMapping, ArrayNode attributes, ObjectMappings wanted) {
        String type = wanted.objectType().sourceObjectName();
        String targetObject = objectMapping.path("targetObjectName").asString("");
        Optional<List<String>> targets =
                attributesOf(rule.path("targetDirectoryName").asString(""), targetObject);
        Optional<List<String>> sources =
                attributesOf(rule.path("sourceDirectoryName").asString(""), type);
        for (AttributeMapping mapping : wanted.set()) {
            String target = checkedTarget(targets, type, targetObject, mapping.target(), mapping.at());
            for (String attribute : SourceTrees.attributes(mapping.source())) {
                checkSource(sources, type, attribute, mapping.at());
            }
            set(attributes, target, mapping);
        }
        for (MappingRemoval removal : wanted.remove()) {
            String target = checkedTarget(targets, type, targetObject, removal.target(), removal.at());
            for (int i = attributes.size() - 1; i >= 0; i--) {
                if (MappingSets.key(attributes.get(i)).equalsIgnoreCase(target)) {
                    attributes.remove(i);
                }
            }
        }
    }

    private static void set(ArrayNode attributes, String target, AttributeMapping mapping) {
        ObjectNode source = SourceTrees.tree(mapping.source());
        String flowType = SourceTrees.flowType(mapping.flow());
        for (int i = 0; i < attributes.size(); i++) {
            if (MappingSets.key(attributes.get(i)).equalsIgnoreCase(target)
                    && attributes.get(i) instanceof ObjectNode existing) {
                if (!source.equals(existing.get("source"))
                        || !flowType.equals(existing.path("flowType").asString())) {
                    ObjectNode changed = existing.deepCopy();
                    changed.set("source", source);
                    changed.put("flowType", flowType);
                    attributes.set(i, changed);
                }
                return;
            }
        }
        ObjectNode added = attributes.addObject();
        added.putNull("defaultValue");
        added.put("exportMissingReferences", false);
        added.put("flowBehavior", "FlowWhenChanged");
        added.put("flowType", flowType);
        added.put("matchingPriority", 0);
        added.put(MappingSets.TARGET, target);
        added.set("source", source);
    }

    /** The target as the schema spells it; a problem when the target object has no such attribute. */
    private String checkedTarget(
            Optional<List<String>> targets, String type, String targetObject, String target, ProfilePosition at) {
        if (targets.isEmpty()) {
            return target;
        }
        Optional<String> spelled = SchemaDirectories.spelled(targets.get(), target);
        if (spelled.isEmpty()) {
            problems.add(new SchemaProblem(
                    at,
                    type + "." + target + ": " + targetObject + " has no attribute " + target + " in the schema",
                    SchemaDirectories.nearest(targets.get(), target)
                            .map(n -> "did you mean '" + n + "'? targets are spelled as the schema spells them")
                            .orElse("targets are the attributes of " + targetObject + " in the job's schema")));
        }
        return spelled.orElse(target);
    }

    private void checkSource(Optional<List<String>> sources, String type, String attribute, ProfilePosition at) {
        if (sources.isPresent()
                && SchemaDirectories.spelled(sources.get(), attribute).isEmpty()) {
            problems.add(new SchemaProblem(
                    at,
                    "[" + attribute + "]: " + type + " has no attribute " + attribute + " in the schema",
                    SchemaDirectories.nearest(sources.get(), attribute)
                            .map(n -> "did you mean '" + n + "'?")
                            .orElse("an attribute the directory lacks may need a discover of the AD schema")));
        }
    }

    private Optional<List<String>> attributesOf(String directory, String object) {
        return directories.present() ? directories.attributes(directory, object) : Optional.empty();
    }

    private static Optional<ProfilePosition> first(ObjectMappings wanted) {
        return wanted.set().isEmpty()
                ? wanted.remove().stream().findFirst().map(MappingRemoval::at)
                : Optional.of(wanted.set().get(0).at());
    }
}
