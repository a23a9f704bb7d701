package io.github.cloudsync.profile;

import io.github.cloudsync.model.MappingSource;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a parsed tree in Graph's attributeMappingSource JSON, and reads one, so tests compare with Graph's answers. */
final class GraphTreeJson {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GraphTreeJson() {}

    static ObjectNode write(MappingSource source) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("expression", source.expression());
        node.put("name", source.name());
        ArrayNode parameters = node.putArray("parameters");
        for (MappingSource.Parameter parameter : source.parameters()) {
            ObjectNode pair = parameters.addObject();
            pair.put("key", parameter.key());
            pair.set("value", write(parameter.value()));
        }
        String type = source.type().name().toLowerCase(Locale.ROOT);
        node.put("type", Character.toUpperCase(type.charAt(0)) + type.substring(1));
        return node;
    }

    /** Graph's JSON tree as a record. */
    static MappingSource read(JsonNode node) {
        return new MappingSource(
                MappingSource.Type.valueOf(node.path("type").asString().toUpperCase(Locale.ROOT)),
                node.path("name").asString(),
                node.path("expression").isNull()
                        ? null
                        : node.path("expression").asString(),
                node.path("parameters")
                        .valueStream()
                        .map(p -> new MappingSource.Parameter(p.path("key").asString(), read(p.path("value"))))
                        .toList());
    }
}
