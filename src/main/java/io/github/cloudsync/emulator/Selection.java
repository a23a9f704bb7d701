package io.github.cloudsync.emulator;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code $select}: a copy of an entity with only the named properties; an unknown name is Graph's 400. */
final class Selection {
    private Selection() {}

    static ObjectNode apply(ObjectNode entity, String select) {
        if (select == null) {
            return entity.deepCopy();
        }
        ObjectNode selected = JsonTrees.object();
        for (String raw : select.split(",")) {
            String wanted = raw.trim();
            String actual = null;
            for (Map.Entry<String, JsonNode> property : entity.properties()) {
                if (property.getKey().equalsIgnoreCase(wanted)) {
                    actual = property.getKey();
                }
            }
            if (actual == null) {
                throw GraphFailure.badRequest(
                        "BadRequest",
                        "Parsing OData Select and Expand failed: Could not find a property named '" + wanted
                                + "' on type 'microsoft.graph.servicePrincipal'.");
            }
            selected.set(actual, entity.get(actual).deepCopy());
        }
        return selected;
    }
}
