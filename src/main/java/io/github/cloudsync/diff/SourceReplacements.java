package io.github.cloudsync.diff;

import com.flipkart.zjsonpatch.Jackson3JsonPatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a schema patch read as the plan's words do: the operations a diff makes inside one mapping's {@code source}
 * tree (a renamed function, a parameter added, ...) become one {@code replace} of that {@code source} with the tree it
 * ends as. Applied to the same schema, the patch gives the same result.
 */
final class SourceReplacements {
    private static final Pattern INSIDE_SOURCE = Pattern.compile("^(.*/attributeMappings/\\d+/source)/.+$");

    private SourceReplacements() {}

    static JsonNode collapse(JsonNode patch, JsonNode document) {
        ArrayNode out = JsonMapper.shared().createArrayNode();
        JsonNode working = document;
        int i = 0;
        while (i < patch.size()) {
            Matcher inside = INSIDE_SOURCE.matcher(patch.get(i).path("path").asString(""));
            if (!inside.matches()) {
                working = apply(patch.get(i), working);
                out.add(patch.get(i).deepCopy());
                i++;
                continue;
            }
            String source = inside.group(1);
            while (i < patch.size() && patch.get(i).path("path").asString("").startsWith(source + "/")) {
                working = apply(patch.get(i), working);
                i++;
            }
            ObjectNode replace = out.addObject();
            replace.put("op", "replace");
            replace.put("path", source);
            replace.set("value", working.at(JsonPointer.compile(source)).deepCopy());
        }
        return out;
    }

    private static JsonNode apply(JsonNode operation, JsonNode document) {
        ArrayNode one = JsonMapper.shared().createArrayNode();
        one.add(operation);
        return Jackson3JsonPatch.apply(one, document);
    }
}
