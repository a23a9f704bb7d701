package io.github.cloudsync.graph;

import io.github.cloudsync.model.GraphException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a Graph error answer into a {@link GraphException}: reads the envelope (docs/graph.md section 7.1), unwraps the
 * sync backend's JSON-in-{@code message}, and keeps what advice needs: the permission the call needs (section 8, which
 * explains a silent 401 {@code UnknownError}), and whether the answer said why.
 */
final class GraphErrors {
    private static final JsonMapper JSON = GraphJson.MAPPER;

    private GraphErrors() {}

    static GraphException from(
            GraphCall call, String path, int status, String body, String requestId, String clientRequestId) {
        JsonNode error = readTree(body).path("error");
        String code = text(error.path("code"));
        String message = text(error.path("message"));
        String rid =
                requestId != null ? requestId : text(error.path("innerError").path("request-id"));
        String crid = clientRequestId != null
                ? clientRequestId
                : text(error.path("innerError").path("client-request-id"));
        if (message != null && message.trim().startsWith("{")) {
            JsonNode inner = readTree(message);
            JsonNode innerError = inner.has("error") ? inner.path("error") : inner;
            String innerCode = firstText(innerError, "code", "Code");
            String innerMessage = firstText(innerError, "message", "Message");
            if (innerCode != null || innerMessage != null) {
                code = innerCode != null ? innerCode : code;
                message = innerMessage;
            }
        }
        if (code == null && message == null && !error.isObject()) {
            code = "HTTP" + status;
            message = body == null || body.isBlank() ? null : abbreviate(body.strip());
        }
        String what = call.method() + " " + readable(path) + " failed: " + status + " " + (code == null ? "" : code)
                + (message == null || message.isBlank() ? "" : ": " + message);
        GraphException.Call facts = new GraphException.Call(
                call.permission(), message != null && !message.isBlank(), RetryPolicy.throttled(status), null);
        return new GraphException(GraphException.Kind.ERROR_ANSWER, status, code, what, rid, crid, facts, null);
    }

    /** A request path as a person reads it: the query decoded ({@code $filter=displayName eq 'x'}). */
    static String readable(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return path;
        }
        try {
            return path.substring(0, query + 1)
                    + java.net.URLDecoder.decode(path.substring(query + 1), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static JsonNode readTree(String text) {
        if (text == null || text.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node.path(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
