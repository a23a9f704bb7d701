package io.github.cloudsync.emulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The OData query options of one call, checked against what the endpoint supports. On beta the {@code $} prefix is
 * optional (docs/graph.md 1.3, CSTOOLS sends {@code filter=}); on v1.0 a dollar-less option is refused rather than
 * silently ignored, so a client that relies on it fails here instead of listing everything in production.
 */
final class QueryOptions {
    private final Map<String, String> values;

    private QueryOptions(Map<String, String> values) {
        this.values = values;
    }

    static QueryOptions of(GraphCall call, Set<String> supported) {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, String> entry : call.query().entrySet()) {
            String name = entry.getKey();
            if (!name.startsWith("$") && supported.contains("$" + name)) {
                if (!call.beta()) {
                    throw GraphFailure.badRequest(
                            "BadRequest",
                            "Query option '" + name + "' needs the '$' prefix on v1.0: use '$" + name + "'.");
                }
                name = "$" + name;
            }
            if (name.startsWith("$") && !supported.contains(name)) {
                throw GraphFailure.badRequest(
                        "BadRequest", "Query option '" + name + "' is not supported on this resource.");
            }
            if (name.startsWith("$")) {
                values.put(name, entry.getValue());
            }
        }
        return new QueryOptions(values);
    }

    String get(String name) {
        return values.get(name);
    }

    /** {@code $top} within 1..max (Graph's own message otherwise), or the default page size. */
    int top(int defaultSize, int max) {
        String top = values.get("$top");
        if (top == null) {
            return defaultSize;
        }
        try {
            int size = Integer.parseInt(top.trim());
            if (size >= 1 && size <= max) {
                return size;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw GraphFailure.badRequest(
                "Request_BadRequest",
                "Invalid page size specified: '" + top + "'. Must be between 1 and " + max + " inclusive.");
    }
}
