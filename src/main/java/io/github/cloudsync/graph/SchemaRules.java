package io.github.cloudsync.graph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * {@code synchronizationRules}; a reader that neither fingerprints the schema nor writes it back (drift) leaves them
 * out. Graph sends {@code directories} last, after the rules (docs/graph.md section 5.4): then the
 * body is parsed as a stream up to {@code directories} and the rest of it is not read at all, so whatever follows is
 * neither kept nor checked. Any other order is cut by a plain byte scan before parsing (Jackson's
 * {@code skipChildren} tokenizes every name it skips): brackets counted outside strings, strings ended at an unescaped
 * quote; a body that scan does not follow is parsed whole, and Jackson reports what is wrong with it.
 */
final class SchemaRules {
    /** The top-level properties left out: the definitions and their OData annotation. */
    private static final String DIRECTORIES = "directories";

    private static final Set<String> SKIPPED = Set.of(DIRECTORIES, "directories@odata.context");

    private static final String RULES = "synchronizationRules";

    private static final JsonMapper JSON = GraphJson.MAPPER;

    /** One property's value read from a parser that goes on after it. */
    private static final ObjectReader VALUE = JSON.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The bytes that start or end a string, an object or an array. */
    private static final boolean[] STRUCTURAL = new boolean[256];

    static {
        for (char c : "\"{}[]".toCharArray()) {
            STRUCTURAL[c] = true;
        }
    }

    private SchemaRules() {}

    static JsonNode read(byte[] body) {
        JsonNode schema = rulesBeforeDirectories(body).orElseGet(() -> JSON.readTree(withoutDirectories(body)));
        if (!schema.isObject()) {
            throw GraphJson.unexpected("a schema that is not a JSON object");
        }
        return schema;
    }

    /**
     * The top-level properties before {@code directories} when {@code synchronizationRules} is among them (Graph's
     * order), read as a stream that stops there; empty when the body is not an object or the rules come later.
     */
    private static Optional<JsonNode> rulesBeforeDirectories(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            ObjectNode schema = JSON.createObjectNode();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (name.equals(DIRECTORIES)) {
                    return schema.has(RULES) ? Optional.of(schema) : Optional.empty();
                }
                parser.nextToken();
                if (SKIPPED.contains(name)) {
                    parser.skipChildren();
                } else {
                    schema.set(name, VALUE.readTree(parser));
                }
            }
            // no directories: the whole body was read, and anything after the object is for the whole parse to refuse
            return parser.nextToken() == null ? Optional.of(schema) : Optional.empty();
        }
    }

    /** The body with the top-level {@link #SKIPPED} properties cut out, or the body itself when the scan gives up. */
    static byte[] withoutDirectories(byte[] json) {
        int at = space(json, 0);
        if (at >= json.length || json[at] != '{') {
            return json;
        }
        List<int[]> kept = new ArrayList<>();
        at = space(json, at + 1);
        while (at < json.length && json[at] == '"') {
            int keyEnd = endOfString(json, at);
            if (keyEnd < 0) {
                return json;
            }
            int colon = space(json, keyEnd);
            if (colon >= json.length || json[colon] != ':') {
                return json;
            }
            int valueEnd = endOfValue(json, space(json, colon + 1));
            if (valueEnd < 0) {
                return json;
            }
            if (!SKIPPED.contains(new String(json, at + 1, keyEnd - at - 2, StandardCharsets.UTF_8))) {
                kept.add(new int[] {at, valueEnd});
            }
            int next = space(json, valueEnd);
            if (next < json.length && json[next] == '}') {
                // anything after the object: the whole parse refuses it
                return space(json, next + 1) == json.length ? joined(json, kept) : json;
            }
            if (next >= json.length || json[next] != ',') {
                return json;
            }
            at = space(json, next + 1);
        }
        return json;
    }

    private static byte[] joined(byte[] json, List<int[]> properties) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 2);
        out.write('{');
        for (int i = 0; i < properties.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            int[] range = properties.get(i);
            out.write(json, range[0], range[1] - range[0]);
        }
        out.write('}');
        return out.toByteArray();
    }

    /** The index after the string that opens at {@code quote}, or -1 when it does not end. */
    private static int endOfString(byte[] json, int quote) {
        for (int i = quote + 1; i < json.length; i++) {
            if (json[i] == '\\') {
                i++;
            } else if (json[i] == '"') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index after the value that starts at {@code start}, or -1 when it does not end. */
    private static int endOfValue(byte[] json, int start) {
        if (start >= json.length) {
            return -1;
        }
        if (json[start] == '"') {
            return endOfString(json, start);
        }
        if (json[start] != '{' && json[start] != '[') {
            int i = start;
            while (i < json.length && ",}] \t\r\n".indexOf(json[i]) < 0) {
                i++;
            }
            return i;
        }
        // one loop with the strings' inside it: most bytes are neither a quote nor a bracket and cost one table
        // look-up,
        // and a string costs no call (a third less time than a call per string on the first JIT tier, bench/README.md)
        int depth = 0;
        int i = start;
        while (i < json.length) {
            byte b = json[i++];
            if (!STRUCTURAL[b & 0xFF]) {
                continue;
            }
            if (b == '"') {
                while (i < json.length && json[i] != '"') {
                    i += json[i] == '\\' ? 2 : 1;
                }
                if (i++ >= json.length) {
                    return -1;
                }
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (--depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int space(byte[] json, int from) {
        int i = from;
        while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\r' || json[i] == '\n')) {
            i++;
        }
        return i;
    }
}
