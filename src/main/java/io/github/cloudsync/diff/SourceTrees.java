package io.github.cloudsync.diff;

import io.github.cloudsync.model.MappingFlow;
import io.github.cloudsync.model.MappingSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A profile's mapping source as Graph's attributeMappingSource tree (docs/graph.md sections 5.4 and 16.7): the tree
 * {@code parseExpression} returns, keys in the order the backend stores them ({@code expression}, {@code name},
 * {@code type}, {@code parameters}); and the text of a live source for the plan's words.
 */
final class SourceTrees {
    private SourceTrees() {}

    static ObjectNode tree(MappingSource source) {
        ObjectNode node = JsonMapper.shared().createObjectNode();
        node.put("expression", source.expression());
        node.put("name", source.name());
        node.put("type", typeName(source.type()));
        ArrayNode parameters = node.putArray("parameters");
        for (MappingSource.Parameter parameter : source.parameters()) {
            ObjectNode entry = parameters.addObject();
            entry.put("key", parameter.key());
            entry.set("value", tree(parameter.value()));
        }
        return node;
    }

    /** Graph's flowType for a profile's flow (docs/graph.md section 5.4). */
    static String flowType(MappingFlow flow) {
        return flow == MappingFlow.ON_CREATE ? "ObjectAddOnly" : "Always";
    }

    /** The attribute names a source reads, in the order they appear. */
    static List<String> attributes(MappingSource source) {
        List<String> names = new ArrayList<>();
        collect(source, names);
        return names;
    }

    private static void collect(MappingSource source, List<String> names) {
        if (source.type() == MappingSource.Type.ATTRIBUTE) {
            names.add(source.name());
        }
        source.parameters().forEach(p -> collect(p.value(), names));
    }

    /** The text of a live attribute mapping's source: its expression, else the attribute or constant it names. */
    static String text(JsonNode attributeMapping) {
        JsonNode source = attributeMapping.path("source");
        String expression = source.path("expression").asString("");
        if (!expression.isEmpty()) {
            return expression;
        }
        String name = source.path("name").asString("");
        String type = source.path("type").asString("").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "attribute" -> "[" + name + "]";
            case "constant" -> MappingSource.quoted(name);
            default -> name.isEmpty() ? "(no source)" : name + "(...)";
        };
    }

    private static String typeName(MappingSource.Type type) {
        return switch (type) {
            case ATTRIBUTE -> "Attribute";
            case CONSTANT -> "Constant";
            case FUNCTION -> "Function";
        };
    }
}
