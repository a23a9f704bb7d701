package io.github.cloudsync.emulator;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The emulator's one JSON mapper (Jackson 3 trees, duplicate keys rejected) and the tree helpers its endpoints share. */
final class JsonTrees {
    /** Strict like Graph's OData reader: a duplicate property is a bad request; numbers keep their written form. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Graph's own message for a body it cannot read. */
    static final String UNREADABLE = "Unable to read JSON request payload. Please ensure Content-Type header is set and"
            + " payload is of valid JSON format.";

    private JsonTrees() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses a request body; an empty or malformed body is a 400 with Graph's message. */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw GraphFailure.badRequest("BadRequest", UNREADABLE);
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw GraphFailure.badRequest("BadRequest", UNREADABLE);
        }
    }

    /** Parses a request body that must be a JSON object. */
    static ObjectNode parseObject(byte[] body) {
        JsonNode node = parse(body);
        if (!node.isObject()) {
            throw GraphFailure.badRequest("BadRequest", UNREADABLE);
        }
        return (ObjectNode) node;
    }

    static JsonNode parseText(String text) {
        return MAPPER.readTree(text);
    }

    static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    static String text(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** The string value of {@code field}, or null when it is absent, null or not a string. */
    static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
