package io.github.cloudsync.profile;

import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The hint for a value of the wrong type: what to write instead, with YAML 1.2's surprises spelled out. */
final class TypeWording {
    /** YAML 1.1 booleans that YAML 1.2 (and so cloudsync) reads as strings. */
    private static final Set<String> YAML11_BOOLEANS = Set.of("yes", "no", "y", "n", "on", "off");

    /** The hint; {@code quoted} says whether the value is written in quotes (only then is "remove the quotes" apt). */
    String hint(String expected, JsonNode value, JsonNode owner, boolean required, boolean quoted) {
        if (value == null || value.isNull()) {
            return required ? "write a value after the ':'" : "write a value after the ':', or remove the key";
        }
        String written = value.isString() ? UnicodeText.strip(value.stringValue()) : "";
        String text = written.toLowerCase(Locale.ROOT);
        return switch (expected) {
            case "boolean" -> {
                if (YAML11_BOOLEANS.contains(text)) {
                    yield "use true or false (YAML 1.2: yes/no are strings)";
                }
                if (!text.equals("true") && !text.equals("false")) {
                    yield "use true or false";
                }
                if (!quoted) {
                    yield "write it in lower case: " + text + " (YAML 1.2 reads " + written + " as text)";
                }
                yield written.equals(text)
                        ? "remove the quotes: " + text
                        : "remove the quotes and write it in lower case: " + text;
            }
            case "integer" ->
                value.isString() && text.matches("[+-]?\\d+") && quoted
                        ? "remove the quotes: " + text
                        : "use a whole number, e.g. " + owner.path("default").asString("1");
            case "string" ->
                value.isContainer()
                        ? "write a single value here, not " + ValueText.describe(value)
                        : "put the value in quotes if it is meant as text, e.g. \"" + value.asString() + "\"";
            case "object" ->
                "indent the keys below it; allowed keys here are: "
                        + String.join(", ", owner.path("properties").propertyNames());
            case "array" -> "write a list, e.g. [ops@contoso.com] or one '- item' per line";
            default -> "";
        };
    }
}
