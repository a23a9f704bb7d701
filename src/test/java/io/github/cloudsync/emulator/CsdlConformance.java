package io.github.cloudsync.emulator;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON answer against a {@link CsdlModel}: every property exists on the type or a base type, its JSON type fits
 * the EDM type, null only where nullable, enum values are members (flags split on {@code ,} and trimmed), collections
 * are arrays. OData annotations ({@code @odata.context}, {@code directories@odata.context}) are not properties.
 */
final class CsdlConformance {
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CsdlModel model;
    private final List<String> violations = new ArrayList<>();

    CsdlConformance(CsdlModel model) {
        this.model = model;
    }

    /** Checks {@code answer} as an instance of {@code type}; {@code where} names it in the violations. */
    CsdlConformance check(String where, String type, JsonNode answer) {
        object(type, answer, where);
        return this;
    }

    /** Checks every element of {@code answer.value} as {@code type}. */
    CsdlConformance checkCollection(String where, String type, JsonNode answer) {
        if (!answer.path("value").isArray()) {
            violations.add(where + ": no value array");
        }
        int i = 0;
        for (JsonNode item : answer.path("value")) {
            object(type, item, where + ".value[" + i++ + "]");
        }
        return this;
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    private void object(String type, JsonNode value, String path) {
        if (!value.isObject()) {
            violations.add(path + ": " + value.getNodeType() + " where an object of " + type + " belongs");
            return;
        }
        if (!model.structured.containsKey(type)) {
            violations.add(path + ": type " + type + " is not in the trimmed CSDL");
            return;
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = field.getKey();
            if (name.contains("@odata.")) {
                continue;
            }
            CsdlModel.Property property = model.property(type, name);
            if (property == null) {
                violations.add(path + "." + name + ": no such property on " + type + " or its base types");
            } else {
                value(property.type(), property.nullable(), field.getValue(), path + "." + name);
            }
        }
    }

    private void value(String edm, boolean nullable, JsonNode value, String path) {
        if (edm.startsWith("Collection(")) {
            if (!value.isArray()) {
                violations.add(path + ": " + value.getNodeType() + " where a collection belongs");
                return;
            }
            String item = edm.substring("Collection(".length(), edm.length() - 1);
            for (int i = 0; i < value.size(); i++) {
                value(item, nullable, value.get(i), path + "[" + i + "]");
            }
            return;
        }
        if (value.isNull()) {
            if (!nullable) {
                violations.add(path + ": null, but " + edm + " is not nullable here");
            }
            return;
        }
        boolean fits = switch (edm) {
            case "Edm.String" -> value.isString();
            case "Edm.Boolean" -> value.isBoolean();
            case "Edm.Int32", "Edm.Int16", "Edm.Byte" -> value.isIntegralNumber() && value.canConvertToInt();
            case "Edm.Int64" -> value.isIntegralNumber() && value.canConvertToLong();
            case "Edm.Double", "Edm.Single", "Edm.Decimal" -> value.isNumber();
            case "Edm.DateTimeOffset" -> value.isString() && dateTime(value.stringValue());
            case "Edm.Duration" -> value.isString() && duration(value.stringValue());
            case "Edm.Guid" ->
                value.isString() && GUID.matcher(value.stringValue()).matches();
            case "Edm.Binary" -> value.isString() && base64(value.stringValue());
            default -> structuredOrEnum(CsdlModel.local(edm), value, path);
        };
        if (!fits) {
            violations.add(path + ": " + value + " is not a valid " + edm);
        }
    }

    /** Checks a non-primitive value; answers true when any violation was already recorded here. */
    private boolean structuredOrEnum(String type, JsonNode value, String path) {
        CsdlModel.EnumType enumType = model.enums.get(type);
        if (enumType != null) {
            if (!value.isString()) {
                return false;
            }
            List<String> names =
                    enumType.flags() ? List.of(value.stringValue().split(",", -1)) : List.of(value.stringValue());
            for (String name : names) {
                if (!enumType.members().contains(name.trim())) {
                    violations.add(path + ": '" + name.trim() + "' is not a member of " + type);
                }
            }
            return true;
        }
        object(type, value, path);
        return true;
    }

    private static boolean dateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean duration(String text) {
        try {
            Duration.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean base64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
