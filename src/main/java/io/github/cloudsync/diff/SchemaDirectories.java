package io.github.cloudsync.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The attribute names of the schema's directory objects ({@code directories[].objects[].attributes[].name},
 * docs/graph.md section 5.4), which a profile's targets and source attributes are checked against. Names compare
 * without case, as the schema's spellings vary ({@code mailNickname}, {@code mailNickName}).
 */
final class SchemaDirectories {
    private final JsonNode directories;

    SchemaDirectories(JsonNode schema) {
        this.directories = schema.path("directories");
    }

    /** Whether the schema was read with its directories; without them nothing can be checked. */
    boolean present() {
        return directories.isArray() && !directories.isEmpty();
    }

    /** The attribute names of {@code object} in the directory {@code directory}, or empty when either is unknown. */
    Optional<List<String>> attributes(String directory, String object) {
        for (JsonNode dir : directories.values()) {
            if (!dir.path("name").asString("").equalsIgnoreCase(directory)) {
                continue;
            }
            for (JsonNode definition : dir.path("objects").values()) {
                if (definition.path("name").asString("").equalsIgnoreCase(object)) {
                    List<String> names = new ArrayList<>();
                    definition
                            .path("attributes")
                            .values()
                            .forEach(a -> names.add(a.path("name").asString("")));
                    return Optional.of(names);
                }
            }
        }
        return Optional.empty();
    }

    /** The name in {@code names} equal to {@code name} without case. */
    static Optional<String> spelled(List<String> names, String name) {
        return names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    /** The name in {@code names} nearest to {@code name} (edit distance without case), for a hint. */
    static Optional<String> nearest(List<String> names, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, name.length() / 3);
        return names.stream()
                .min(Comparator.comparingInt((String n) -> distance(n.toLowerCase(Locale.ROOT), wanted))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(n -> distance(n.toLowerCase(Locale.ROOT), wanted) <= limit);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
