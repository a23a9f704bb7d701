package io.github.cloudsync.profile;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Whether a tree certainly satisfies the packaged schema, without compiling it: compiling the schema for the JSON
 * Schema validator cost a cold validate about 30 ms of CPU time (JDK 25 from its AOT cache), and the validator then
 * found nothing in a valid profile. It knows
 * the keywords the schema uses, each as JSON Schema 2020-12 and the validator define it, and says yes only when every
 * one is met beyond doubt; any other keyword, a {@code $ref} outside {@code $defs} or a case it cannot judge (a number
 * that is not a whole one, a non-string {@code const}) is a no, and then the validator decides and words the problems.
 * So a yes is always the validator's answer too (SchemaQuickCheckTest holds the two side by side).
 */
final class SchemaQuickCheck {
    /** Keywords that never fail a value themselves: annotations, and $defs (whose schemas apply through $ref). */
    private static final Set<String> NO_ASSERTION =
            Set.of("$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples");

    private static final String DEFS = "#/$defs/";

    /** The schema's patterns, each compiled once (a handful). */
    private static final Map<String, RegularExpression> PATTERNS = new ConcurrentHashMap<>();

    private final JsonNode root;

    private SchemaQuickCheck(JsonNode root) {
        this.root = root;
    }

    /** Whether {@code value} certainly meets the schema whose root is {@code schema}. */
    static boolean certainlyValid(JsonNode schema, JsonNode value) {
        return new SchemaQuickCheck(schema).meets(schema, value, 0);
    }

    private boolean meets(JsonNode schema, JsonNode value, int depth) {
        if (!schema.isObject() || depth > 32) {
            return false;
        }
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            if (!NO_ASSERTION.contains(keyword.getKey())
                    && !meets(keyword.getKey(), keyword.getValue(), schema, value, depth)) {
                return false;
            }
        }
        return true;
    }

    private boolean meets(String keyword, JsonNode argument, JsonNode schema, JsonNode value, int depth) {
        return switch (keyword) {
            case "type" -> argument.isString() && hasType(argument.stringValue(), value);
            case "const" ->
                argument.isString()
                        && value.isString()
                        && argument.stringValue().equals(value.stringValue());
            case "enum" -> value.isString() && argument.isArray() && listsString(argument, value.stringValue());
            case "$ref" -> argument.isString() && meetsDefinition(argument.stringValue(), value, depth);
            case "properties" -> !value.isObject() || meetsProperties(argument, value, depth);
            case "additionalProperties" -> !value.isObject() || onlyKnownProperties(argument, schema, value);
            case "required" -> !value.isObject() || hasAll(argument, value);
            case "minProperties" -> !value.isObject() || atLeast(argument, value.size());
            case "items" -> !value.isArray() || everyItemMeets(argument, value, depth);
            case "minItems" -> !value.isArray() || atLeast(argument, value.size());
            case "maxItems" -> !value.isArray() || atMost(argument, value.size());
            // a length counts code points; both counts must meet the bound, whichever a validator takes
            case "minLength" -> !value.isString() || atLeast(argument, codePoints(value.stringValue()));
            case "maxLength" ->
                !value.isString() || atMost(argument, value.stringValue().length());
            // the validator's default regular expressions, with its own translation of the pattern
            case "pattern" -> !value.isString() || (argument.isString() && matches(argument.stringValue(), value));
            case "minimum" ->
                !value.isNumber() || (wholeNumbers(argument, value) && value.longValue() >= argument.longValue());
            case "maximum" ->
                !value.isNumber() || (wholeNumbers(argument, value) && value.longValue() <= argument.longValue());
            default -> false;
        };
    }

    private static boolean matches(String pattern, JsonNode value) {
        return PATTERNS.computeIfAbsent(
                        pattern, p -> JDKRegularExpressionFactory.getInstance().getRegularExpression(p))
                .matches(value.stringValue());
    }

    private static boolean hasType(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            default -> false;
        };
    }

    private static boolean listsString(JsonNode list, String text) {
        for (JsonNode item : list.values()) {
            if (item.isString() && item.stringValue().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private boolean meetsDefinition(String ref, JsonNode value, int depth) {
        if (!ref.startsWith(DEFS) || ref.indexOf('/', DEFS.length()) >= 0 || ref.indexOf('~') >= 0) {
            return false;
        }
        JsonNode definition = root.path("$defs").path(ref.substring(DEFS.length()));
        return !definition.isMissingNode() && meets(definition, value, depth + 1);
    }

    private boolean meetsProperties(JsonNode properties, JsonNode value, int depth) {
        if (!properties.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> property : value.properties()) {
            JsonNode schema = properties.get(property.getKey());
            if (schema != null && !meets(schema, property.getValue(), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** {@code additionalProperties: false} beside {@code properties} and without {@code patternProperties}. */
    private static boolean onlyKnownProperties(JsonNode argument, JsonNode schema, JsonNode value) {
        if (!argument.isBoolean() || schema.has("patternProperties")) {
            return false;
        }
        if (argument.booleanValue()) {
            return true;
        }
        JsonNode known = schema.path("properties");
        for (String name : value.propertyNames()) {
            if (!known.has(name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAll(JsonNode names, JsonNode value) {
        if (!names.isArray()) {
            return false;
        }
        for (JsonNode name : names.values()) {
            if (!name.isString() || !value.has(name.stringValue())) {
                return false;
            }
        }
        return true;
    }

    private boolean everyItemMeets(JsonNode schema, JsonNode value, int depth) {
        for (JsonNode item : value.values()) {
            if (!meets(schema, item, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean atLeast(JsonNode bound, int count) {
        return bound.isIntegralNumber() && bound.canConvertToInt() && count >= bound.intValue();
    }

    private static boolean atMost(JsonNode bound, int count) {
        return bound.isIntegralNumber() && bound.canConvertToInt() && count <= bound.intValue();
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean wholeNumbers(JsonNode bound, JsonNode value) {
        return bound.isIntegralNumber()
                && bound.canConvertToLong()
                && value.isIntegralNumber()
                && value.canConvertToLong();
    }
}
