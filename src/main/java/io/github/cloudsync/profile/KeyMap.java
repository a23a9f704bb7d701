package io.github.cloudsync.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** Which keys the schema allows where, so an unknown key's hint can list the allowed ones or say where it belongs. */
final class KeyMap {
    /** Key name to the instance paths of the mappings that allow it, e.g. {@code domain -> [/configuration]}. */
    private final Map<String, Set<String>> homes = new TreeMap<>();

    private final Set<String> required = new TreeSet<>();

    KeyMap(JsonNode schema) {
        walk(schema, "");
    }

    private void walk(JsonNode subschema, String pointer) {
        subschema.path("required").forEach(key -> required.add(pointer + "/" + key.asString()));
        subschema.path("properties").properties().forEach(entry -> {
            homes.computeIfAbsent(entry.getKey(), k -> new TreeSet<>()).add(pointer.isEmpty() ? "/" : pointer);
            walk(entry.getValue(), pointer + "/" + entry.getKey());
        });
    }

    /** Whether the schema requires the key at this path (list indices never are). */
    boolean isRequired(String pointer) {
        return required.contains(pointer);
    }

    /** A typo's likely meaning, a key's proper place, and the keys allowed in the mapping at {@code pointer}. */
    String unknownKeyHint(String key, String pointer, JsonNode owner) {
        List<String> allowed = new ArrayList<>(owner.path("properties").propertyNames());
        String list = "allowed keys here are: " + String.join(", ", allowed);
        String near = allowed.stream()
                .filter(candidate -> distance(candidate.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT))
                        <= (key.length() >= 5 ? 2 : 1))
                .min(Comparator.comparingInt(candidate -> distance(candidate, key)))
                .orElse(null);
        if (near != null) {
            return "did you mean '" + near + "'? " + list;
        }
        Set<String> elsewhere = homes.getOrDefault(key, Set.of());
        if (!elsewhere.isEmpty()) {
            return "'" + key + "' belongs under " + String.join(" or ", elsewhere) + "; " + list;
        }
        return list;
    }

    /** Levenshtein distance between two short keys. */
    static int distance(String a, String b) {
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
