package io.github.cloudsync.profile;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The document must be one mapping of keys: an empty file, a list or a lone value at the top is refused. The value is
 * never quoted: a file that is not a mapping may be another file altogether (a link to {@code .env}), and its content
 * must not reach the terminal or a CI log.
 */
final class RootShape {
    private static final String START =
            "a profile is a mapping that starts with 'apiVersion: cloudsync/v1' and 'kind: CloudSyncProfile'";

    private RootShape() {}

    static List<Problem> check(String file, JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of(Problem.at(file, Position.START, "", "the file is empty: no YAML document", START));
        }
        if (root.isObject()) {
            return List.of();
        }
        return List.of(Problem.at(
                file,
                SchemaCheck.positionOf(root),
                "",
                "the top of the file must be a mapping of keys, got " + ValueText.kind(root),
                START));
    }
}
