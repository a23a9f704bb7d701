package io.github.cloudsync.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The functions of Microsoft's attribute-mapping expression language, as {@code GET .../schema/functions} lists them
 * (attributeMappingFunctionSchema, microsoftgraph/microsoft-graph-docs-contrib:api-reference/beta/api/
 * synchronization-synchronizationschema-functions.md) and as the parser names their parameters. Names and argument
 * counts follow MicrosoftDocs/entra-docs:docs/identity/app-provisioning/functions-for-customizing-application-data.md;
 * parameter names are the backend's where a real answer or a real schema shows them (Append, Join, Replace, Mid, Switch,
 * BitAnd left/right, IIF one..five, Left source/length, Item source/index), otherwise the backend's habit of
 * {@code source} for the main input and the reference's names for the rest [I].
 */
final class MappingFunctions {
    /**
     * One parameter of a function.
     *
     * @param name the key it gets in a parsed tree
     * @param required whether a call must reach it
     * @param multiple whether it repeats to the end of the argument list
     * @param type the attributeType the functions answer gives
     */
    record Parameter(String name, boolean required, boolean multiple, String type) {}

    /**
     * One function: its name and its parameters in call order.
     *
     * @param name the function name, case-sensitive
     * @param parameters the parameters in call order
     */
    record Function(String name, List<Parameter> parameters) {
        Function {
            parameters = List.copyOf(parameters);
        }

        /**
         * The fewest arguments a call may have: up to the last required parameter, except where the reference says
         * otherwise: IIF takes exactly 3, FormatDateTime also the 3 of its older form, SelectUniqueValue at least 2,
         * Switch at least one key and value pair.
         */
        int minArguments() {
            int min = 0;
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).required()) {
                    min = i + 1;
                }
            }
            return switch (name) {
                case "IIF", "FormatDateTime" -> 3;
                case "SelectUniqueValue" -> 2;
                case "Switch" -> 4;
                default -> min;
            };
        }

        /** The most arguments a call may have, or {@link Integer#MAX_VALUE} for a repeating last parameter. */
        int maxArguments() {
            boolean repeats = !parameters.isEmpty()
                    && parameters.get(parameters.size() - 1).multiple();
            return repeats ? Integer.MAX_VALUE : name.equals("IIF") ? 3 : parameters.size();
        }
    }

    /** {@code name(param, optional?, repeating*, typed:Integer)}, one line per function, alphabetical. */
    private static final List<String> TABLE = List.of(
            "Append(source, suffix)",
            "AppRoleAssignments(source)",
            "AppRoleAssignmentsComplex(source)",
            "BitAnd(left, right)",
            "CBool(source)",
            "CDate(source)",
            "Coalesce(source*)",
            "ConvertToBase64(source)",
            "ConvertToUTF8Hex(source)",
            "Count(source)",
            "CStr(source)",
            "DateAdd(interval, value:Integer, dateTime:DateTime)",
            "DateDiff(interval, date1:DateTime, date2:DateTime)",
            "DateFromNum(source)",
            "DefaultDomain()",
            "Error(message)",
            "FormatDateTime(source, dateTimeStyles?, inputFormat, outputFormat)",
            "Guid()",
            "IgnoreFlowIfNullOrEmpty(source)",
            "IIF(one:Boolean, two?, three?, four, five)",
            "InStr(value1, value2, start?:Integer, compareType?)",
            "IsNothing(source:Boolean)",
            "IsNull(source)",
            "IsNullOrEmpty(source)",
            "IsPresent(source)",
            "IsString(source)",
            "Item(source, index:Integer)",
            "Join(separator, source*)",
            "Left(source, length:Integer)",
            "Mid(source, start:Integer, length:Integer)",
            "NormalizeDiacritics(source)",
            "Not(source:Boolean)",
            "Now()",
            "NumFromDate(source)",
            "PCase(source, wordSeparators?)",
            "Prepend(prefix, source)",
            "RandomString(length:Integer, minimumNumbers:Integer, minimumSpecialCharacters:Integer,"
                    + " minimumCapital:Integer, minimumLowerCase:Integer, charactersToAvoid?)",
            "Redact(source)",
            "RemoveDuplicates(source)",
            "Replace(source, Find?, RegularExpression?, RegularExpressionGroupName?, Replacement?,"
                    + " ReplacementPropertyName?, Template?)",
            "SelectUniqueValue(uniqueValueRule*)",
            "SingleAppRoleAssignment(source)",
            "Split(source, delimiter)",
            "StripSpaces(source)",
            "Switch(source, defaultValue?, switchValue*)",
            "ToLower(source, culture?)",
            "ToUpper(source, culture?)",
            "Trim(source)",
            "Word(source, wordNumber:Integer, delimiters)");

    static final Map<String, Function> ALL = parseTable();

    private MappingFunctions() {}

    /** The function spelled exactly {@code name}. */
    static Optional<Function> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** The function whose name differs from {@code name} only in case, for a hint. */
    static Optional<Function> findIgnoringCase(String name) {
        return ALL.values().stream()
                .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The functions answer: {@code {"@odata.context", "value": [{name, parameters}]}}, as the documented example. */
    static ObjectNode listing(String context) {
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", context);
        ArrayNode value = body.putArray("value");
        for (Function function : ALL.values()) {
            ObjectNode entry = value.addObject();
            entry.put("name", function.name());
            ArrayNode parameters = entry.putArray("parameters");
            for (Parameter parameter : function.parameters()) {
                ObjectNode p = parameters.addObject();
                p.put("allowMultipleOccurrences", parameter.multiple());
                p.put("name", parameter.name());
                p.put("required", parameter.required());
                p.put("type", parameter.type());
            }
        }
        return body;
    }

    private static Map<String, Function> parseTable() {
        Map<String, Function> functions = new LinkedHashMap<>();
        for (String line : TABLE) {
            String name = line.substring(0, line.indexOf('('));
            String inside = line.substring(line.indexOf('(') + 1, line.length() - 1);
            List<Parameter> parameters = new ArrayList<>();
            for (String raw : inside.isBlank() ? new String[0] : inside.split(",")) {
                String spec = raw.trim();
                String type = "String";
                int colon = spec.indexOf(':');
                if (colon > 0) {
                    type = spec.substring(colon + 1);
                    spec = spec.substring(0, colon);
                }
                boolean multiple = spec.endsWith("*");
                boolean optional = spec.endsWith("?");
                String parameter = multiple || optional ? spec.substring(0, spec.length() - 1) : spec;
                parameters.add(new Parameter(parameter, !optional, multiple, type));
            }
            functions.put(name, new Function(name, parameters));
        }
        return Collections.unmodifiableMap(functions);
    }
}
