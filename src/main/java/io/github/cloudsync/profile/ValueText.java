package io.github.cloudsync.profile;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** How values and JSON Schema types are named in messages: in YAML words, not JSON Schema words. */
final class ValueText {
    private static final int LONGEST_QUOTE = 60;

    private static final Map<String, String> TYPE_NAMES = Map.of(
            "boolean", "a boolean",
            "integer", "a whole number",
            "number", "a number",
            "string", "a string",
            "object", "a mapping of keys",
            "array", "a list",
            "null", "no value");

    private ValueText() {}

    /** {@code integer} becomes {@code a whole number}, {@code object} becomes {@code a mapping of keys}, and so on. */
    static String typeName(String schemaType) {
        return TYPE_NAMES.getOrDefault(schemaType, schemaType);
    }

    /** A value as the user wrote it: {@code string 'yes'}, {@code number 3}, {@code a list}, {@code no value}. */
    static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "no value";
        }
        if (node.isString()) {
            return "string " + quote(node.stringValue());
        }
        if (node.isBoolean()) {
            return "boolean " + node.asString();
        }
        if (node.isNumber()) {
            return "number " + node.asString();
        }
        return node.isArray() ? "a list" : "a mapping of keys";
    }

    /** What kind of value it is, without the value itself: {@code a string}, {@code a number}, {@code a list}. */
    static String kind(JsonNode node) {
        if (node.isString()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return node.isArray() ? "a list" : "a mapping of keys";
    }

    /** The value in single quotes, shortened when long: for strings the text itself, else its YAML-ish rendering. */
    static String quote(JsonNode node) {
        return quote(node.isString() ? node.stringValue() : node.toString());
    }

    /** Control characters (ESC, CR, BEL, C1, DEL) as backslash-u escapes, so a quoted value cannot drive a terminal. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E);
            out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    static String quote(String text) {
        String shown = text.length() > LONGEST_QUOTE ? text.substring(0, LONGEST_QUOTE) + "..." : text;
        return "'" + visible(shown) + "'";
    }
}
