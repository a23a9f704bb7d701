package io.github.cloudsync.graph;

import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A schema GET body read without its directory definitions. {@code directories} is about 70 % of a schema (130 of
 * 187 KB compact in the real 2020 schema: every attribute of every AD and Entra object), and the differ compares only
 * {@code synchronizationRules}; a reader that neither fingerprints the schema nor writes it back (drift) skips those
 * bytes instead of building thousands of nodes from them.
 */
final class SchemaRules {
    /** The top-level properties left out: the definitions and their OData annotation. */
    private static final Set<String> SKIPPED = Set.of("directories", "directories@odata.context");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Reads one property's value from a parser that goes on past it (Jackson 3 fails on trailing tokens by default). */
    private static final ObjectReader VALUE =
            JSON.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SchemaRules() {}

    static JsonNode read(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw GraphJson.unexpected("a schema that is not a JSON object");
            }
            ObjectNode schema = JSON.createObjectNode();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (SKIPPED.contains(name)) {
                    parser.skipChildren();
                } else {
                    schema.set(name, VALUE.<JsonNode>readValue(parser));
                }
            }
            return schema;
        }
    }
}
