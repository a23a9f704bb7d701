package io.github.cloudsync.render;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A failure as the JSON error document a command writes on stderr under {@code --json}, format version 1.0
 * ({@code schemas/error.v1.schema.json}): the exit code and the same error object as a drift entry's.
 */
public final class FailureJsonRenderer {
    public static final String FORMAT_VERSION = "1.0";

    private static final JsonMapper JSON = JsonMapper.shared();

    private FailureJsonRenderer() {}

    public static ObjectNode tree(FailureText failure, int exitCode) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("result", "error");
        root.put("exit_code", exitCode);
        root.set("error", error(failure.driftFailure()));
        return root;
    }

    /** The error object drift's entries and the error document share: code, message, what to do, details. */
    static ObjectNode error(DriftReport.Failure failure) {
        ObjectNode error = JSON.createObjectNode();
        error.put("code", failure.code());
        error.put("message", failure.message());
        error.put("what_to_do", failure.whatToDo());
        ArrayNode details = error.putArray("details");
        failure.details().forEach(details::add);
        return error;
    }
}
