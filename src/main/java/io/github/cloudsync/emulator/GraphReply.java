package io.github.cloudsync.emulator;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A Graph answer before it is written: status, JSON body (null for no body, as 204 needs) and extra headers.
 *
 * @param status the HTTP status
 * @param body the JSON body, or null
 * @param headers headers besides request-id, client-request-id and Content-Type
 */
record GraphReply(int status, JsonNode body, Map<String, String> headers) {
    GraphReply {
        headers = Map.copyOf(headers);
    }

    static GraphReply json(int status, JsonNode body) {
        return new GraphReply(status, body, Map.of());
    }

    static GraphReply noContent() {
        return new GraphReply(204, null, Map.of());
    }
}
