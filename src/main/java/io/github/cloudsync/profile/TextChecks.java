package io.github.cloudsync.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * Every string and key of a profile must be valid Unicode: a YAML escape such as {@code "\ud800x"} yields a lone
 * surrogate, which no UTF-8 request can carry (the JSON encoder replaces it), so the name sent would never be found
 * again and each apply would create another service principal.
 */
final class TextChecks {
    private static final String HINT =
            "write the character itself, or both halves of a surrogate pair (e.g. \"\\ud83d\\ude00\"): a lone half is"
                    + " not text";

    private TextChecks() {}

    /** One problem per string value or key holding a lone surrogate, at the value (a key at its mapping). */
    static List<Problem> check(String file, JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        walk(file, root, "", problems);
        return problems;
    }

    private static void walk(String file, JsonNode node, String pointer, List<Problem> problems) {
        if (node.isString()) {
            OptionalInt at = UnicodeText.loneSurrogate(node.stringValue());
            if (at.isPresent()) {
                problems.add(Problem.at(
                        file, SchemaCheck.positionOf(node), pointer, message(node.stringValue(), at.getAsInt()), HINT));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(file, node.get(i), pointer + "/" + i, problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                OptionalInt at = UnicodeText.loneSurrogate(key);
                if (at.isPresent()) {
                    problems.add(Problem.at(
                            file,
                            SchemaCheck.positionOf(node),
                            pointer,
                            "a key: " + message(key, at.getAsInt()),
                            HINT));
                    continue;
                }
                walk(
                        file,
                        field.getValue(),
                        pointer + "/" + key.replace("~", "~0").replace("/", "~1"),
                        problems);
            }
        }
    }

    private static String message(String text, int index) {
        return String.format(
                "is not valid Unicode: a lone surrogate \\u%04x at character %d",
                (int) text.charAt(index), text.codePointCount(0, index) + 1);
    }
}
