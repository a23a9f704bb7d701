package io.github.cloudsync.graph;

import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removes credentials and secret values from anything cloudsync writes: the access tokens it used, the client secret
 * and certificate password, every secret value it sent or read, and anything shaped like a JWT. Thread-safe.
 */
public final class Redactor {
    static final String REDACTED = "(redacted)";
    private static final int SHORTEST_REDACTED = 4;
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final JsonMapper JSON = GraphJson.MAPPER;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** Remembers a sensitive string (and its JSON-escaped form); values shorter than 4 characters are ignored. */
    public void register(String sensitive) {
        if (sensitive == null || sensitive.length() < SHORTEST_REDACTED) {
            return;
        }
        if (!known.add(sensitive)) {
            return; // the same token comes with every request: its escaped form is known already
        }
        String escaped = JSON.writeValueAsString(sensitive);
        known.add(escaped.substring(1, escaped.length() - 1));
    }

    /** The text with every known sensitive string and every JWT replaced by {@code (redacted)}. */
    public String text(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String s : known.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            result = result.replace(s, REDACTED);
        }
        return JWT.matcher(result).replaceAll(REDACTED);
    }

    /**
     * A request or response body for the trace: in a secrets body ({@code {"value":[{"key","value"}]}}, docs/graph.md
     * section 4.9) every value is replaced, whatever it is; then {@link #text(String)} applies.
     */
    public String body(String path, String body) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        if (path.contains("/synchronization/secrets")) {
            try {
                JsonNode tree = JSON.readTree(body);
                for (JsonNode entry : tree.path("value")) {
                    if (entry instanceof ObjectNode object && object.has("value")) {
                        object.put("value", REDACTED);
                    }
                }
                return text(JSON.writeValueAsString(tree));
            } catch (RuntimeException notJson) {
                return REDACTED;
            }
        }
        return text(body);
    }
}
