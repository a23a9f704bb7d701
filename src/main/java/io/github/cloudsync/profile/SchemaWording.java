package io.github.cloudsync.profile;

import com.networknt.schema.Error;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Turns a json-schema-validator error into a {@link Problem} worded for people: unknown keys point at the key and list
 * the allowed ones, type errors say what was expected and what was written, patterns say what the value is not.
 */
final class SchemaWording {
    private final JsonNode schema;
    private final KeyMap keyMap;
    private final TypeWording types = new TypeWording();

    SchemaWording(JsonNode schema) {
        this.schema = schema;
        this.keyMap = new KeyMap(schema);
    }

    Problem problem(String file, Error error, Position valueAt, Map<String, Position> keys, boolean quoted) {
        String pointer = error.getInstanceLocation().toString();
        JsonNode value = error.getInstanceNode();
        JsonNode owner = owner(error);
        String generic = FieldHints.generic(pointer);
        Position keyAt = keys.getOrDefault(pointer, valueAt);
        switch (error.getKeyword()) {
            case "additionalProperties" -> {
                String key = error.getProperty();
                String keyPointer = pointer + "/" + escape(key);
                return Problem.at(
                        file,
                        at(keys, keyPointer, valueAt),
                        keyPointer,
                        "unknown key '" + key + "'",
                        keyMap.unknownKeyHint(key, pointer, owner));
            }
            case "required" -> {
                String key = error.getProperty();
                Position parentAt = pointer.isEmpty() ? valueAt : keyAt;
                return Problem.at(
                        file,
                        parentAt,
                        pointer + "/" + escape(key),
                        "missing required key '" + key + "'",
                        requiredHint(key, owner));
            }
            case "type" -> {
                Position where = value == null || value.isNull() ? keyAt : valueAt;
                String expected = String.valueOf(error.getArguments()[1]);
                return Problem.at(
                        file,
                        where,
                        pointer,
                        "expected " + ValueText.typeName(expected) + ", got " + ValueText.describe(value),
                        types.hint(expected, value, owner, keyMap.isRequired(pointer), quoted));
            }
            case "const" -> {
                return Problem.at(
                        file,
                        valueAt,
                        pointer,
                        "must be " + ValueText.quote(owner.get("const")) + ", got " + ValueText.describe(value),
                        FieldHints.hint(generic));
            }
            case "enum" -> {
                String allowed = StreamSupport.stream(owner.get("enum").spliterator(), false)
                        .map(JsonNode::asString)
                        .collect(Collectors.joining(", "));
                return Problem.at(
                        file,
                        valueAt,
                        pointer,
                        ValueText.quote(value) + " is not one of: " + allowed,
                        FieldHints.hint(generic));
            }
            case "pattern" -> {
                Optional<FieldHints.PatternText> text = FieldHints.pattern(generic);
                return Problem.at(
                        file,
                        valueAt,
                        pointer,
                        ValueText.quote(value) + " "
                                + text.map(FieldHints.PatternText::isNot).orElse(error.getMessage()),
                        text.map(FieldHints.PatternText::hint).orElse(""));
            }
            case "minimum", "maximum" -> {
                return Problem.at(
                        file,
                        valueAt,
                        pointer,
                        "must be between " + owner.get("minimum") + " and " + owner.get("maximum") + ", got "
                                + value.asString(),
                        FieldHints.hint(generic));
            }
            case "maxLength" -> {
                return Problem.at(
                        file,
                        valueAt,
                        pointer,
                        "is "
                                + value.stringValue()
                                        .codePointCount(0, value.stringValue().length()) + " characters long; at most "
                                + owner.get("maxLength") + " are allowed",
                        "");
            }
            case "minItems", "minProperties" -> {
                return Problem.at(file, valueAt, pointer, "is empty", FieldHints.emptyHint(generic));
            }
            case "maxItems" -> {
                return Problem.at(
                        file,
                        valueAt,
                        pointer,
                        "lists " + value.size() + " items; at most " + owner.get("maxItems") + " are allowed",
                        FieldHints.hint(generic));
            }
            default -> {
                return Problem.at(file, valueAt, pointer, error.getMessage(), "");
            }
        }
    }

    /** The subschema holding the failed keyword, found through the error's schema location. */
    private JsonNode owner(Error error) {
        String fragment = error.getSchemaLocation().getFragment().toString();
        int cut = fragment.lastIndexOf('/');
        return cut <= 0 ? schema : schema.at(fragment.substring(0, cut));
    }

    private String requiredHint(String key, JsonNode owner) {
        JsonNode property = owner.path("properties").path(key);
        List<String> required = StreamSupport.stream(property.path("required").spliterator(), false)
                .map(JsonNode::asString)
                .toList();
        if (!required.isEmpty()) {
            return "add '" + key + ":' with the key(s) " + String.join(", ", required) + " indented below it";
        }
        return FieldHints.example(key)
                .map(example -> "add it, e.g. " + key + ": " + example)
                .orElse("add it: " + property.path("description").asString(""));
    }

    private static Position at(Map<String, Position> keys, String pointer, Position fallback) {
        return keys.getOrDefault(pointer, fallback);
    }

    /** JSON Pointer escaping (RFC 6901): '~' as '~0', '/' as '~1'. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
