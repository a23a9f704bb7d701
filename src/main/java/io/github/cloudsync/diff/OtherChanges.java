package io.github.cloudsync.diff;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Exact mode: the patch operations that are neither an attribute mapping nor the scope, as changes by JSON pointer
 * (an object mapping the template has and the live schema lacks, a flag turned off in the portal, ...).
 */
final class OtherChanges {
    private static final int SHOWN = 120;

    private OtherChanges() {}

    static List<SchemaChange> of(JsonNode patch, JsonNode live) {
        List<SchemaChange> changes = new ArrayList<>();
        for (JsonNode operation : patch.values()) {
            String path = operation.path("path").asString("");
            if (path.contains("/attributeMappings/")
                    || path.matches(
                            ".*/(" + ScopeFilters.CONTAINER_FILTER + "|" + ScopeFilters.GROUP_FILTER + ")(/.*)?")) {
                continue;
            }
            String op = operation.path("op").asString("");
            JsonNode before = live.at(JsonPointer.compile(path));
            changes.add(new SchemaChange.OtherChange(
                    path,
                    op.equals("add") || before.isMissingNode() ? null : compact(before),
                    op.equals("remove") ? null : compact(operation.path("value"))));
        }
        return changes;
    }

    private static String compact(JsonNode value) {
        String text = value.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 3) + "...";
    }
}
