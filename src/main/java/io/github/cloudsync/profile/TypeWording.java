package io.github.cloudsync.profile;

import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The hint for a value of the wrong type: what to write instead, with YAML 1.2's surprises spelled out. */
final class TypeWording {
    /** YAML 1.1 booleans that YAML 1.2 (and so cloudsync) reads as strings. */
    private static final Set<String> YAML11_BOOLEANS = Set.of("yes", "no", "y", "n", "on", "off");

    String hint(String expected, JsonNode value, JsonNode owner, boolean required) {
        if (value == null || value.isNull()) {
            return required ? "write a value after the ':'" : "write a value after the ':', or remove the key";
        }
        String text = value.isString() ? value.stringValue().trim().toLowerCase(Locale.ROOT) : "";
        return switch (expected) {
            case "boolean" -> {
                if (YAML11_BOOLEANS.contains(text)) {
                    yield "use true or false (YAML 1.2: yes/no are strings)";
                }
                yield text.equals("true") || text.equals("false")
                        ? "remove the quotes: true or false"
                        : "use true or false";
            }
            case "integer" ->
                value.isString() && text.matches("[+-]?\\d+")
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
