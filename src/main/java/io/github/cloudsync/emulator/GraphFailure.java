package io.github.cloudsync.emulator;

import java.util.Map;

/**
 * A Graph error answer raised by an endpoint: status, Graph error code and message, plus extra headers such as
 * {@code Retry-After}. The envelope with innerError is built where the request context is known (docs/graph.md 7.1).
 */
final class GraphFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, String> headers;

    GraphFailure(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }

    static GraphFailure badRequest(String code, String message) {
        return new GraphFailure(400, code, message, Map.of());
    }

    /** A directory object that does not exist: Graph's usual 404. */
    static GraphFailure resourceNotFound(String id) {
        return new GraphFailure(
                404,
                "Request_ResourceNotFound",
                "Resource '" + id
                        + "' does not exist or one of its queried reference-property objects are not present.",
                Map.of());
    }

    /**
     * An error of the synchronization backend, which Graph wraps as code {@code UnknownError} with the backend's own
     * error as a JSON string in {@code message} (docs/graph.md 7.1, msgraph-metadata#347).
     */
    static GraphFailure syncBackend(int status, String innerCode, String innerMessage) {
        return new GraphFailure(status, "UnknownError", syncInnerError(innerCode, innerMessage), Map.of());
    }

    /** The backend's 404 for a verb or path it has no route for, as seen with PATCH on a schema (docs/graph.md 4.7). */
    static GraphFailure noHttpResource(String backendPath) {
        String uri = "https://syncfabric.windowsazure.com/api/" + backendPath + "?api-version=2.0";
        String inner = "{\"Message\":\"No HTTP resource was found that matches the request URI '" + uri + "'.\"}";
        return new GraphFailure(404, "UnknownError", inner, Map.of());
    }

    /** The backend's inner error text, laid out exactly like the captured one (CRLF and all). */
    static String syncInnerError(String code, String message) {
        String quotedMessage = message == null
                ? "null"
                : JsonTrees.text(JsonTrees.MAPPER.getNodeFactory().stringNode(message));
        return "{\r\n  \"error\":{\r\n    \"code\":\"" + code + "\",\"message\":" + quotedMessage
                + ",\"target\":null,\"details\":[\r\n      \r\n    ],\"innerError\":null\r\n  }\r\n}";
    }
}
