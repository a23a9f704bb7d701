package io.github.cloudsync.emulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A method and path pattern ({@code servicePrincipals/{sp}/synchronization/jobs}) bound to an endpoint. Literal
 * segments match case-insensitively, as Graph's do (docs/graph.md section 12).
 *
 * @param method the HTTP method
 * @param pattern the segments; {@code {name}} captures one segment
 * @param endpoint what answers
 * @param synchronization whether the path belongs to the synchronization backend, whose errors Graph wraps
 */
record Route(String method, List<String> pattern, Endpoint endpoint, boolean synchronization) {
    Route {
        pattern = List.copyOf(pattern);
    }

    static Route of(String method, String pattern, Endpoint endpoint) {
        return new Route(method, List.of(pattern.split("/")), endpoint, pattern.contains("/synchronization"));
    }

    /** The captured placeholders when {@code segments} fit the pattern, else null. */
    Map<String, String> match(List<String> segments) {
        if (segments.size() != pattern.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String expected = pattern.get(i);
            if (expected.startsWith("{")) {
                params.put(expected.substring(1, expected.length() - 1), segments.get(i));
            } else if (!expected.equalsIgnoreCase(segments.get(i))) {
                return null;
            }
        }
        return params;
    }
}
