package io.github.cloudsync.emulator;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A Graph answer before it is written: status, JSON body as the bytes sent (null for no body, as 204 needs) and extra
 * headers.
 *
 * @param status the HTTP status
 * @param body the serialized JSON body, or null
 * @param headers headers besides request-id, client-request-id and Content-Type
 */
@SuppressWarnings("ArrayRecordComponent") // raw bytes passed along once, never compared
record GraphReply(int status, byte[] body, Map<String, String> headers) {
    GraphReply {
        headers = Map.copyOf(headers);
    }

    static GraphReply json(int status, JsonNode body) {
        return json(status, JsonTrees.bytes(body), Map.of());
    }

    static GraphReply json(int status, JsonNode body, Map<String, String> headers) {
        return json(status, JsonTrees.bytes(body), headers);
    }

    /** A body serialized earlier, e.g. a schema kept until it changes (see {@link Schemas}). */
    static GraphReply json(int status, byte[] serialized, Map<String, String> headers) {
        return new GraphReply(status, serialized, headers);
    }

    static GraphReply noContent() {
        return new GraphReply(204, null, Map.of());
    }
}
