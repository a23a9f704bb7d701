package io.github.cloudsync.profile;

import io.github.cloudsync.model.AttributeMapping;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.MappedObjectType;
import io.github.cloudsync.model.MappingFlow;
import io.github.cloudsync.model.MappingRemoval;
import io.github.cloudsync.model.MappingSource;
import io.github.cloudsync.model.ObjectMappings;
import io.github.cloudsync.model.ProfilePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Binds an accepted {@code attributeMappings} tree: each source becomes its parsed tree, each target keeps its place. */
final class MappingBinder {
    private MappingBinder() {}

    static AttributeMappings bind(String file, JsonNode node) {
        if (node.isMissingNode()) {
            return AttributeMappings.NONE;
        }
        List<ObjectMappings> objects = new ArrayList<>();
        for (MappedObjectType type : MappedObjectType.values()) {
            JsonNode mappings = node.path(type.sourceObjectName());
            if (mappings.isObject()) {
                objects.add(new ObjectMappings(
                        type, set(file, mappings.path("set")), remove(file, mappings.path("remove"))));
            }
        }
        AttributeMappings.Mode mode = AttributeMappings.Mode.valueOf(
                node.path("mode").asString("named").toUpperCase(Locale.ROOT));
        return new AttributeMappings(mode, objects);
    }

    private static List<AttributeMapping> set(String file, JsonNode items) {
        List<AttributeMapping> set = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode target = item.path("target");
            MappingFlow flow = item.path("flow").asString("always").equals("onCreate")
                    ? MappingFlow.ON_CREATE
                    : MappingFlow.ALWAYS;
            set.add(new AttributeMapping(target.stringValue(), source(item), flow, at(file, target)));
        }
        return set;
    }

    private static MappingSource source(JsonNode item) {
        if (item.has("attribute")) {
            return MappingSource.attribute(item.path("attribute").stringValue());
        }
        if (item.has("constant")) {
            return MappingSource.constant(item.path("constant").stringValue());
        }
        return ExpressionParser.parse(item.path("expression").stringValue())
                .tree()
                .orElseThrow(() -> new IllegalStateException("bind called with an expression the checks refused"));
    }

    private static List<MappingRemoval> remove(String file, JsonNode items) {
        List<MappingRemoval> remove = new ArrayList<>();
        items.forEach(target -> remove.add(new MappingRemoval(target.stringValue(), at(file, target))));
        return remove;
    }

    private static ProfilePosition at(String file, JsonNode node) {
        Position position = SchemaCheck.positionOf(node);
        return new ProfilePosition(file, position.line(), position.column());
    }
}
